import Foundation
import Testing

/// An interrupted session goes on where it stopped: `spar resume FILE`, `spar resume` alone, and
/// `spar play --resume`; the finished transcript reads like an uninterrupted one but for the resume line.
@Suite struct ResumeEndToEndTests {
    static let mini = "Tests/Fixtures/mini.yaml"
    static let answers = ["1", "/notes 王总前倾", "A 第一KP 有需求", "1"]

    func transcripts(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    func lines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// The transcript without the parts that differ between runs: the start time and resume lines.
    func comparable(_ lines: [String]) -> [String] {
        lines.filter { !$0.contains(#""type":"resume""#) }
            .map { $0.replacingOccurrences(of: #""started":"[^"]*""#, with: "", options: .regularExpression) }
    }

    func play(_ answers: [String], out: URL, extra: [String] = []) throws -> SparBinary.Result {
        try SparBinary.run(["play", Self.mini, "--trainee", "测试", "--out", out.path] + extra,
                           input: answers.map { $0 + "\n" }.joined())
    }

    @Test(arguments: 1...3)
    func resumingAFileFinishesItExactlyAsAnUninterruptedRun(after count: Int) throws {
        let reference = try SparBinary.temporaryDirectory()
        _ = try play(Self.answers, out: reference)
        let expected = try lines(try #require(try transcripts(in: reference).first))

        let out = try SparBinary.temporaryDirectory()
        let first = try play(Array(Self.answers.prefix(count)), out: out)
        #expect(first.status == 0)
        let file = try #require(try transcripts(in: out).first)
        let resumed = try SparBinary.run(["resume", file.path],
                                         input: Self.answers.dropFirst(count).map { $0 + "\n" }.joined())
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("继续上次的会谈"))
        #expect(resumed.stdout.contains("成绩单"))
        let after = try lines(file)
        #expect(after.filter { $0.contains(#""type":"resume""#) }.count == 1)
        #expect(comparable(after) == comparable(expected))
        let replay = try SparBinary.run(["replay", file.path])
        #expect(replay.status == 0, "\(replay.stdout)")
    }

    @Test func aTornLastLineIsDroppedWithAWarningAndNothingElseIsLost() throws {
        let out = try SparBinary.temporaryDirectory()
        _ = try play(["1"], out: out)
        let file = try #require(try transcripts(in: out).first)
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"events":[],"given":"A","inp"#.utf8))
        try handle.close()
        let resumed = try SparBinary.run(["resume", "--out", out.path], input: "A 第一KP 有需求\n1\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("cut off"))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(!text.contains(#""inp"#) || text.contains(#""input""#))
        #expect(text.contains(#""dropped":"#))
        #expect(try SparBinary.run(["replay", file.path]).status == 0)
    }

    @Test func resumeAlonePicksTheNewestUnfinishedSession() throws {
        let out = try SparBinary.temporaryDirectory()
        _ = try play(Self.answers, out: out)   // finished: not a candidate
        Thread.sleep(forTimeInterval: 1.1)     // file names carry the second
        _ = try play(["1"], out: out)
        let files = try transcripts(in: out)
        #expect(files.count == 2)
        let resumed = try SparBinary.run(["resume", "--out", out.path], input: "A 第一KP 有需求\n1\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        for file in files { #expect(try lines(file).last?.contains(#""type":"end""#) == true) }
        let nothing = try SparBinary.run(["resume", "--out", out.path])
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("no unfinished session"))
    }

    @Test func playResumesTheSameTraineesSessionOnlyWhenAskedTo() throws {
        let out = try SparBinary.temporaryDirectory()
        _ = try play(["1"], out: out)
        // Piped input is never asked, so without --resume a new session starts.
        _ = try play(["1"], out: out)
        #expect(try transcripts(in: out).count == 2)
        // Another trainee's session is not offered.
        let other = try SparBinary.run(["play", Self.mini, "--trainee", "李四", "--out", out.path, "--resume"], input: "1\n")
        #expect(!other.stdout.contains("继续上次的会谈"))
        #expect(try transcripts(in: out).count == 3)
        let resumed = try play(["A 第一KP 有需求", "1"], out: out, extra: ["--resume"])
        #expect(resumed.stdout.contains("继续上次的会谈"), "\(resumed.stderr)")
        #expect(try transcripts(in: out).count == 3)
        let fresh = try play(["1"], out: out, extra: ["--no-resume"])
        #expect(!fresh.stdout.contains("继续上次的会谈"))
        #expect(try transcripts(in: out).count == 4)
    }

    @Test func whatCannotBeResumedSaysWhy() throws {
        let out = try SparBinary.temporaryDirectory()
        _ = try play(Self.answers, out: out)
        let finished = try #require(try transcripts(in: out).first)
        let again = try SparBinary.run(["resume", finished.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("finished"))

        let yaml = out.appendingPathComponent("scenario.yaml")
        try "id: x\ntitle: y\n".write(to: yaml, atomically: true, encoding: .utf8)
        let notTranscript = try SparBinary.run(["resume", yaml.path])
        #expect(notTranscript.status == 1)
        #expect(try String(contentsOf: yaml, encoding: .utf8) == "id: x\ntitle: y\n")
    }

    @Test func aSessionStillBeingPlayedCannotBeResumedTwice() throws {
        let out = try SparBinary.temporaryDirectory()
        let process = Process()
        process.executableURL = SparBinary.executable
        process.arguments = ["play", Self.mini, "--out", out.path]
        process.currentDirectoryURL = SparBinary.packageRoot
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { try? stdin.fileHandleForWriting.close(); process.waitUntilExit() }
        stdin.fileHandleForWriting.write(Data("1\n".utf8))
        var file: URL?
        for _ in 0..<100 {
            if let found = try transcripts(in: out).first, try lines(found).count >= 2 { file = found; break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        let live = try #require(file)
        let second = try SparBinary.run(["resume", live.path], input: "A\n")
        #expect(second.status == 1)
        #expect(second.stderr.contains("open in another spar session"))
    }

    /// The mode a trainee asks for is the mode they get: an unfinished exam is not resumed as the
    /// practice session asked for (nor the other way round); it is kept, named, and a new one starts.
    @Test(arguments: [("exam", "practice", "考试模式"), ("practice", "exam", "练习模式")])
    func anExplicitModeStartsANewSessionAndKeepsTheOtherModesUnfinishedOne(
        left: String, asked: String, leftName: String
    ) throws {
        let out = try SparBinary.temporaryDirectory()
        _ = try play(["1"], out: out, extra: ["--mode", left])
        let unfinished = try #require(try transcripts(in: out).first)
        let result = try play(["1"], out: out, extra: ["--mode", asked, "--resume"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("你有一次未完成的\(leftName)会谈，保留不动"), "\(result.stdout.prefix(800))")
        // The command has a line of its own (quoted for the shell: the file name holds the trainee's name).
        let command = result.stdout.split(separator: "\n").first { $0.hasPrefix("  spar resume ") }
        #expect(command == "  spar resume '\(unfinished.path)'")
        #expect(!result.stdout.contains("继续上次的会谈"))
        let files = try transcripts(in: out)
        #expect(files.count == 2)
        let headers = try files.map { try #require(try lines($0).first) }
        #expect(headers.filter { $0.contains(#""mode":"\#(asked)""#) }.count == 1)
        #expect(headers.filter { $0.contains(#""mode":"\#(left)""#) }.count == 1)
    }

    @Test func withoutAModeTheUnfinishedSessionGoesOnInItsOwnMode() throws {
        let out = try SparBinary.temporaryDirectory()
        _ = try play(["1"], out: out, extra: ["--mode", "exam"])
        let resumed = try play(["/quit"], out: out, extra: ["--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("继续上次的会谈"))
        #expect(try transcripts(in: out).count == 1)
        // Exam mode shows no numbered choices.
        #expect(!resumed.stdout.contains("1) "), "\(resumed.stdout.prefix(800))")
    }

    /// At a terminal the question names the scenario and the mode of the session it offers.
    @Test func theResumeQuestionNamesTheScenarioAndTheMode() throws {
        let out = try SparBinary.temporaryDirectory()
        _ = try play(["1"], out: out, extra: ["--mode", "exam"])
        let result = try PtySession(columns: 200).run(
            ["play", Self.mini, "--trainee", "测试", "--out", out.path], steps: [
                .expect("你有一次未完成的考试模式会谈「小型测试场景」"), .expect("[Y/n]"), .send("n\r"),
                .expect("你> "), .send("/quit\r"), .expect("spar resume"),
            ])
        #expect(result.status == 0, "\(result.stderr)\n\(PtySession.plain(result.stdout).suffix(600))")
        #expect(try transcripts(in: out).count == 2)
    }

    /// `/quit` at the resume question leaves: no session is resumed or started.
    @Test func quitAtTheResumeQuestionLeaves() throws {
        let out = try SparBinary.temporaryDirectory()
        _ = try play(["1"], out: out)
        let before = try lines(try #require(try transcripts(in: out).first))
        let result = try PtySession().run(["play", Self.mini, "--trainee", "测试", "--out", out.path], steps: [
            .expect("[Y/n]"), .send("/quit\r"),
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!PtySession.plain(result.stdout).contains("你> "))
        let files = try transcripts(in: out)
        #expect(files.count == 1)
        #expect(try lines(files[0]) == before)
    }
}
