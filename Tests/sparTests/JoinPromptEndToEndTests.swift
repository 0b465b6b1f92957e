import Foundation
import Testing

/// `spar join` at a terminal: a notice from the trainer arriving while the trainee has typed half
/// a line is printed above the prompt, and the prompt comes back with the half line as it was.
@Suite("spar join at a terminal (built binary)", .serialized)
struct JoinPromptEndToEndTests {
    @Test("the trainer pauses and resumes while a line is half typed: notices above the prompt, the line kept and sent",
          .timeLimit(.minutes(3)))
    func noticeDuringTyping() throws {
        let folder = try SparBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (server, ready) = try ClassroomEndToEndTests.startServer(
            db: folder.appendingPathComponent("classroom.sqlite").path, readyFile: folder.appendingPathComponent("ready.json").path,
            scenarios: ["valve-retrofit"])
        defer { server.kill() }
        let code = ready.classes[0].code
        func trainer(_ action: String) -> [String] {
            [SparBinary.executable.path, "class", action, code, "--server", ready.url, "--token", ready.trainer_token]
        }
        let half = "李工您问到关键了"
        let result = try PtySession(columns: 90, environment: ["XDG_STATE_HOME": folder.appendingPathComponent("state").path])
            .run(["join", code, "--server", ready.url, "--name", "pty"], steps: [
                .expect("你> "), .send(half), .expect(half),
                .run(trainer("pause")), .expect("培训师已暂停"), .expect(half),
                .send("\u{1B}[D\u{1B}[D"), .send("。\r"), .expect("已收到"),
                .run(trainer("resume")), .expect("培训师已继续"), .expect("你> "),
                .send("\u{04}"), .expect("座位已保留"),
            ])
        let screen = Self.screenLines(result.stdout)
        #expect(result.status == 0, "\(result.stderr)\n\(screen.suffix(20))")
        // The notice has a line of its own, not glued to the typed text, which is drawn again after it.
        let notice = try #require(screen.firstIndex { $0.contains("培训师已暂停") }, "\(screen.suffix(20))")
        #expect(!screen[notice].contains(half), "the notice was printed into the typed line: \(screen[notice])")
        #expect(screen[(notice + 1)...].contains { $0.hasPrefix("你> " + half) },
                "the prompt was not drawn again with the half line: \(screen[notice...].prefix(4))")
        // The line sent is the one edited after the redraw: 。 typed two characters from its end.
        let exported = folder.appendingPathComponent("exported")
        let export = try SparBinary.run(["class", "export", "--db", folder.appendingPathComponent("classroom.sqlite").path,
                                         "--out", exported.path])
        #expect(export.status == 0, "\(export.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: exported.path)
        let transcript = try files.map { try String(contentsOf: exported.appendingPathComponent($0), encoding: .utf8) }.joined()
        #expect(transcript.contains("李工您问到关。键了"), "\(transcript.prefix(600))")
    }

    /// The terminal's lines as a reader sees them: colour and cursor sequences dropped, and within a
    /// line what follows a carriage return written over what came before it.
    static func screenLines(_ output: String) -> [String] {
        // "\r\n" is one Character in Swift: make it a plain line break before splitting.
        output.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let segments = line.split(separator: "\r").map {
                $0.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
                    .replacingOccurrences(of: "\u{01}", with: "").replacingOccurrences(of: "\u{02}", with: "")
            }
            return segments.last { !$0.isEmpty } ?? ""
        }
    }
}
