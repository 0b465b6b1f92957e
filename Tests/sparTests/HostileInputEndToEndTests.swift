import Foundation
import SparTerminal
import Testing

/// What a trainee's keyboard, clipboard or terminal can throw at the prompt: each gets a clear
/// answer at a bounded cost, never a crash, and the transcript stays valid and replayable.
@Suite struct HostileInputEndToEndTests {
    static let mini = "Tests/Fixtures/mini.yaml"

    func transcript(in folder: URL) throws -> URL {
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".jsonl") })
        return folder.appendingPathComponent(name)
    }

    func expectValidTranscript(in folder: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let file = try transcript(in: folder)
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "not JSON: \(line.prefix(80))",
                    sourceLocation: sourceLocation)
        }
        let replay = try SparBinary.run(["replay", file.path])
        #expect(replay.status == 0, "\(replay.stdout)", sourceLocation: sourceLocation)
    }

    // MARK: - Piped input

    @Test func invalidUTF8IsReadAsReplacementCharacters() throws {
        let out = try SparBinary.temporaryDirectory()
        var bytes = Data([0xFF, 0xFE, 0xC3, 0x28, 0x0A])        // not UTF-8 at all
        bytes += Data("1\n".utf8) + Data([0xE4, 0xBD, 0x0A])    // a character cut in half
        bytes += Data("A 第一KP 有需求\n1\n".utf8)
        let result = try SparBinary.run(["play", Self.mini, "--out", out.path], bytes: bytes)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("没明白"))
        #expect(result.stdout.contains("成绩单"))
        try expectValidTranscript(in: out)
    }

    @Test func controlCharactersAreStrippedNotObeyed() throws {
        let out = try SparBinary.temporaryDirectory()
        let result = try SparBinary.run(["play", Self.mini, "--out", out.path],
                                        input: "\u{07}1\u{08}\n\u{1B}\u{00}\u{7F}\nA 第一KP 有需求\u{1B}\n\u{0C}1\r\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("成绩单"))
        // Nothing the trainee typed reaches the screen or the file as a control character.
        #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let text = try String(contentsOf: try transcript(in: out), encoding: .utf8)
        #expect(!text.contains("\\u0007") && !text.contains("\\u001b"))
        try expectValidTranscript(in: out)
    }

    @Test func aMegabyteLineIsCutToWhatTheEngineReadsAndSaysSo() throws {
        let out = try SparBinary.temporaryDirectory()
        let megabyte = String(repeating: "价格很重要我们谈谈需求吧", count: 30_000)   // about 1 MB of UTF-8
        let clock = ContinuousClock()
        var result: SparBinary.Result?
        let took = try clock.measure {
            result = try SparBinary.run(["play", Self.mini, "--out", out.path, "--lang", "en"],
                                        input: megabyte + "\n1\n" + "B " + megabyte + "\nB 有需求\n1\n")
        }
        let played = try #require(result)
        #expect(played.status == 0, "\(played.stderr)")
        #expect(played.stdout.contains("only the first 2000 characters were read"))
        // A checkpoint answer drowned in a pasted page is refused, naming a few of the words cut short.
        #expect(played.stdout.contains("Not understood: 价格很重要我们谈谈需求吧价格很重要我们谈…."))
        #expect(played.stdout.contains("Scorecard"))
        #expect(took < .seconds(30))
        let lines = try String(contentsOf: try transcript(in: out), encoding: .utf8).split(separator: "\n")
        #expect(lines.allSatisfy { $0.utf8.count < 20_000 }, "a record keeps at most what was read")
        try expectValidTranscript(in: out)
    }

    @Test func endOfInputInTheMiddleOfALineKeepsThatLine() throws {
        let out = try SparBinary.temporaryDirectory()
        let result = try SparBinary.run(["play", Self.mini, "--out", out.path, "--lang", "en"], input: "1\nA 第一KP 有需求")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Saved"))
        let text = try String(contentsOf: try transcript(in: out), encoding: .utf8)
        #expect(text.contains(#""input":"A 第一KP 有需求""#))
        #expect(!text.contains(#""type":"end""#))
        try expectValidTranscript(in: out)
    }

    // MARK: - A terminal

    @Test func repeatedCtrlCClearsTheLineAndPlayGoesOn() throws {
        let out = try SparBinary.temporaryDirectory()
        let result = try PtySession().run(["play", Self.mini, "--out", out.path], steps: [
            .expect("你> "), .send("一半的回答\u{03}"), .expect("^C"), .send("\u{03}"), .sleep(0.2), .send("\u{03}\u{03}\u{03}"),
            .sleep(0.2), .send("1\r"), .expect("【检查点】"), .expect("你> "), .send("\u{03}"), .expect("^C"),
            // A burst while the answer is being scored and written, between two lines.
            .send("A 第一KP 有需求\r"), .expect("你的判断"), .send(String(repeating: "\u{03}", count: 8)), .sleep(0.3),
            .send("1\r"), .expect("成绩单"),
        ])
        #expect(result.status == 0, "\(result.stderr)\n\(result.stdout)")
        let text = try String(contentsOf: try transcript(in: out), encoding: .utf8)
        #expect(!text.contains("一半的回答"), "a line cleared with Ctrl-C is not an answer")
        #expect(text.contains(#""type":"end""#))
    }

    @Test func aMegabytePastedAtATerminalIsCutToo() throws {
        let out = try SparBinary.temporaryDirectory()
        let paste = out.appendingPathComponent("paste.txt")
        // What a terminal sends for a paste: the text between bracketed-paste markers, then Enter.
        try Data(("\u{1B}[200~" + String(repeating: "price matters ", count: 80_000) + "\u{1B}[201~\r").utf8).write(to: paste)
        let clock = ContinuousClock()
        var result: SparBinary.Result?
        let took = try clock.measure {
            result = try PtySession().run(["play", Self.mini, "--out", out.path, "--lang", "en"], steps: [
                .expect("you> "), .sendFile(paste.path), .expect("only the first 2000 characters"), .expect("you> "),
                .send("1\r"), .expect("you> "), .send("A 第一KP 有需求\r"), .expect("you> "), .send("1\r"), .expect("Scorecard"),
            ])
        }
        #expect(result?.status == 0, "\(result?.stderr ?? "")")
        #expect(took < .seconds(60))
        try expectValidTranscript(in: out)
    }

    /// Between two lines Ctrl-C used to reach spar with no handler installed and end it: a
    /// burst while a hint is searched (long enough to land in that gap) is now ignored.
    @Test func ctrlCWhileAnAnswerIsWorkedOnIsIgnored() throws {
        let out = try SparBinary.temporaryDirectory()
        let result = try PtySession().run(["play", "valve-retrofit", "--out", out.path], steps: [
            .expect("你> "), .send("/hint\r"), .sleep(0.05), .send(String(repeating: "\u{03}", count: 4)),
            .expect("提示"), .expect("你> "), .send("/quit\r"), .expect("spar resume"),
        ])
        #expect(result.status == 0, "\(result.stderr)\n\(PtySession.plain(result.stdout).suffix(400))")
    }

    @Test func ctrlDAtThePromptSavesForResume() throws {
        let out = try SparBinary.temporaryDirectory()
        let result = try PtySession().run(["play", Self.mini, "--out", out.path, "--lang", "en"], steps: [
            .expect("you> "), .send("1\r"), .expect("you> "), .send("\u{04}"), .expect("spar resume"),
        ])
        #expect(result.status == 0, "\(result.stderr)")
        // At a terminal, play notices the unfinished session and offers it; Enter says yes.
        let again = try PtySession().run(["play", Self.mini, "--out", out.path, "--lang", "en"], steps: [
            .expect("Resume it? [Y/n]"), .send("\r"), .expect("Resuming: 1 turns"), .expect("you> "),
            .send("A 第一KP 有需求\r"), .expect("you> "), .send("1\r"), .expect("Scorecard"),
        ])
        #expect(again.status == 0, "\(again.stderr)\n\(again.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == 1)
        try expectValidTranscript(in: out)
    }

    @Test func aDumbTerminalGetsNoEscapeSequences() throws {
        let out = try SparBinary.temporaryDirectory()
        let result = try PtySession(environment: ["TERM": "dumb"]).run(["play", Self.mini, "--out", out.path], steps: [
            .expect("你> "), .send("/status\r"), .expect("你> "), .send("1\r"), .expect("你> "),
            .send("A 第一KP 有需求\r"), .expect("你> "), .send("1\r"), .expect("成绩单"),
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"), "colour or cursor codes on a dumb terminal")
        #expect(result.stdout.contains("阶段"))
    }

    @Test func twentyColumnsWrapEveryLine() throws {
        let out = try SparBinary.temporaryDirectory()
        let result = try PtySession(columns: 20).run(["play", Self.mini, "--out", out.path], steps: [
            .expect("你> "), .send("/help\r"), .expect("你> "), .send("1\r"), .expect("你> "),
            .send("A 第一KP 有需求\r"), .expect("你> "), .send("1\r"), .expect("成绩单"),
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = PtySession.plain(result.stdout).split(separator: "\n", omittingEmptySubsequences: false)
        // Only a path or a command to copy is printed whole (the terminal folds it): the saved
        // transcript, and the `spar …` lines of what to do next.
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first)
        let copied = { (line: Substring) in line.contains(file) || line.hasPrefix("    spar ") }
        let wide = lines.filter { DisplayWidth.of(String($0)) > 20 && !copied($0) }
        #expect(wide.isEmpty, "wider than 20 columns:\n\(wide.joined(separator: "\n"))")
        #expect(lines.filter(copied).count == 4)
        #expect(PtySession.plain(result.stdout).contains("成绩单"))
    }
}
