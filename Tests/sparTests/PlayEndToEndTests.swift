import Foundation
import Testing

/// A trainee plays through the built binary with piped answers.
@Suite struct PlayEndToEndTests {
    @Test func pipedPlayEndsWithScorecardAndATranscriptThatReplays() throws {
        let out = try SparBinary.temporaryDirectory()
        let result = try SparBinary.run(
            ["play", "Tests/Fixtures/mini.yaml", "--trainee", "测试", "--out", out.path],
            input: "1\nA 第一KP 有需求\n1\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("成绩单"))
        #expect(result.stdout.contains("现场签约"))
        // Piped output is plain: no colour codes, no prompt.
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(!result.stdout.contains("你> "))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".jsonl") }
        #expect(files.count == 1)
        let transcript = out.appendingPathComponent(try #require(files.first)).path
        let lines = try String(contentsOfFile: transcript, encoding: .utf8).split(separator: "\n")
        #expect(lines.first?.contains(#""type":"header""#) == true)
        #expect(lines.first?.contains(#""trainee":"测试""#) == true)
        #expect(lines.last?.contains(#""type":"end""#) == true)

        let replay = try SparBinary.run(["replay", transcript])
        #expect(replay.status == 0, "\(replay.stdout)\(replay.stderr)")
        #expect(replay.stdout.contains("PASS"))
    }

    @Test func endOfInputMidSessionSavesAnUnfinishedTranscript() throws {
        let out = try SparBinary.temporaryDirectory()
        let result = try SparBinary.run(["play", "Tests/Fixtures/mini.yaml", "--out", out.path, "--lang", "en"], input: "1\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Saved"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        let text = try String(contentsOfFile: out.appendingPathComponent(try #require(files.first)).path, encoding: .utf8)
        #expect(text.contains(#""type":"turn""#))
        #expect(!text.contains(#""type":"end""#))
    }

    @Test func examModeHidesChoicesAndTakesTypedChinese() throws {
        let out = try SparBinary.temporaryDirectory()
        let result = try SparBinary.run(
            ["play", "Tests/Fixtures/mini.yaml", "--mode", "exam", "--out", out.path],
            input: "1\n价格确实重要，您评估时最看重哪几项指标？\n未知 \n两周到货，今天定下来，下个月就能开工\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(!result.stdout.contains("1) 价格确实重要"))
        #expect(result.stdout.contains("考试模式不显示选项"))
        #expect(result.stdout.contains("现场签约"))
    }

    /// A plain play command line skips the argument parser; the same line in a form only the
    /// parser reads (`--x=y`) must play the same, and what the quick path refuses the parser reports.
    @Test func quickAndParsedCommandLinesPlayTheSame() throws {
        let input = "1\nA 第一KP 有需求\n1\n"
        func play(_ options: [String]) throws -> SparBinary.Result {
            let out = try SparBinary.temporaryDirectory()
            var result = try SparBinary.run(["play", "Tests/Fixtures/mini.yaml", "--out", out.path, "--no-resume"] + options,
                                            input: input)
            // The transcript's path names its folder and the second it was saved in.
            result.stdout = result.stdout.split(separator: "\n").filter { !$0.contains(out.path) }.joined(separator: "\n")
            return result
        }
        let quick = try play(["--mode", "practice", "--lang", "en", "--trainee", "Ann", "--set", "need=yes"])
        let parsed = try play(["--mode=practice", "--lang=en", "--trainee=Ann", "--set=need=yes"])
        #expect(quick.status == 0, "stderr: \(quick.stderr)")
        #expect(quick.stdout == parsed.stdout)
        #expect(quick.status == parsed.status)
        let badMode = try play(["--mode", "drill"])
        #expect(badMode.status != 0)
        #expect(badMode.stderr.contains("drill"))
        let twice = try play(["--resume", "--no-resume"])
        #expect(twice.status == 0 || twice.stderr.contains("resume"))
    }

    @Test func aMissingScenarioFileIsAClearError() throws {
        let result = try SparBinary.run(["play", "no/such/file.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no scenario file"))
    }
}
