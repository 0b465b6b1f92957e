import Foundation
import Testing

/// A trainer's tools over files trainees hand in, through the built binary: forged figures are not
/// believed, and no name or text in a file can steer the trainer's terminal or break a table.
@Suite struct HostileTranscriptEndToEndTests {
    static let golden = "transcripts/valve-retrofit/lost.jsonl"
    static let hostileName = "eve\u{1B}]0;pwned\u{07}\u{1B}[2J"

    /// The lost golden session with its end record (or header) rewritten as a trainee could.
    static func forged(_ edit: (inout [String: Any], inout [String: Any]) -> Void) throws -> URL {
        let dir = try SparBinary.temporaryDirectory()
        let text = try String(contentsOfFile: SparBinary.packageRoot.appendingPathComponent(golden).path, encoding: .utf8)
        var lines = text.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        var header = lines[0], end = lines[lines.count - 1]
        edit(&header, &end)
        lines[0] = header
        lines[lines.count - 1] = end
        let out = try lines.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }.joined(separator: "\n")
        try (out + "\n").write(to: dir.appendingPathComponent("forged.jsonl"), atomically: true, encoding: .utf8)
        return dir
    }

    static func excellentOnALostSession(_ header: inout [String: Any], _ end: inout [String: Any]) {
        end["overall"] = 98
        end["band"] = "excellent"
        end["passed"] = true
        end["outcome"] = "signed"
    }

    @Test func reportListsAnEditedEndAsNotReplayingAndCountsNothingOfIt() throws {
        let dir = try Self.forged(Self.excellentOnALostSession)
        let csv = dir.appendingPathComponent("c.csv").path
        let result = try SparBinary.run(["report", dir.path, "--csv", csv, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("forged.jsonl: does not replay: line 15: outcome was signed, now lost; overall was 98, now 12"))
        #expect(result.stdout.contains("0 sessions"))
        #expect(result.stdout.contains("No sessions to report."))
        #expect(try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\r\n").count == 1)

        let trusted = try SparBinary.run(["report", dir.path, "--trust", "--lang", "en"])
        #expect(trusted.stdout.contains("98"))
        #expect(trusted.stdout.contains("Figures taken as written, not replayed (--trust)."))
    }

    @Test func showDoesNotShowAnEditedScorecard() throws {
        let dir = try Self.forged(Self.excellentOnALostSession)
        let result = try SparBinary.run(["show", dir.appendingPathComponent("forged.jsonl").path])
        #expect(result.stdout.contains("无法复现：第 15 行"))
        #expect(!result.stdout.contains("总分：98"))
        #expect(!result.stdout.contains("现场签约"))
    }

    @Test func exportLeavesOutASessionRelabelledAsAnotherScenario() throws {
        let dir = try Self.forged { header, _ in header["scenario"] = "tender-evaluation" }
        let result = try SparBinary.run(["export", "--xapi", "-", dir.path])
        #expect(result.stdout == "[]\n")
        #expect(result.stderr.contains("does not replay: line 1: the transcript names scenario 'tender-evaluation'"))
    }

    @Test func aSessionWhoseScenarioCannotBeFoundIsUnverifiedNotPassed() throws {
        let dir = try Self.forged { header, _ in
            header["scenario"] = "elsewhere"
            header["scenario_file"] = "gone/elsewhere.yaml"
        }
        let result = try SparBinary.run(["report", dir.path, "--lang", "en"])
        #expect(result.stdout.contains("forged.jsonl: unverified: cannot find scenario 'elsewhere'"))
        #expect(!result.stdout.contains("passed"))
    }

    @Test func scenariosFolderFindsAScenarioThatIsNeitherShippedNorRecordedWhereItIs() throws {
        let dir = try Self.forged { header, _ in header["scenario_file"] = "gone/valve-retrofit.yaml" }
        let scenarios = try SparBinary.temporaryDirectory()
        try FileManager.default.copyItem(atPath: SparBinary.packageRoot.appendingPathComponent("scenarios/zh/valve-retrofit.yaml").path,
                                         toPath: scenarios.appendingPathComponent("valve.yaml").path)
        let transcript = dir.appendingPathComponent("forged.jsonl").path
        // Without the folder it is not found: the shipped scenarios are an empty folder here.
        let elsewhere = ["SPAR_SCENARIOS": try SparBinary.temporaryDirectory().path]
        let missing = try SparBinary.run(["replay", transcript], environment: elsewhere, directory: dir)
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("cannot find scenario 'valve-retrofit'"))
        let found = try SparBinary.run(["replay", transcript, "--scenarios", scenarios.path], environment: elsewhere, directory: dir)
        #expect(found.status == 0, "\(found.stdout)")
        for command in [["test", dir.path], ["show", transcript], ["report", dir.path], ["export", "--xapi", "-", dir.path]] {
            let result = try SparBinary.run(command + ["--scenarios", scenarios.path], environment: elsewhere, directory: dir)
            #expect(!(result.stdout + result.stderr).contains("cannot find scenario"), "\(command)")
        }
    }

    @Test func namesAreCleanedWhenRecorded() throws {
        let dir = try SparBinary.temporaryDirectory()
        _ = try SparBinary.run(["play", "Tests/Fixtures/mini.yaml", "--trainee", Self.hostileName, "--class", "a\nb",
                                "--out", dir.path], input: "1\n")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasSuffix(".jsonl") })
        let header = try String(contentsOfFile: dir.appendingPathComponent(file).path, encoding: .utf8).split(separator: "\n")[0]
        #expect(header.contains("\"trainee\":\"eve]0;pwned[2J\""))
        #expect(header.contains("\"class\":\"ab\""))
    }

    @Test func namesAndTextFromAFileNeverReachTheTerminalRaw() throws {
        let dir = try Self.forged { header, _ in
            header["trainee"] = Self.hostileName
            header["class"] = "x\nmallory  valve-retrofit  1  100  100  100  excellent  passed"
        }
        let transcript = dir.appendingPathComponent("forged.jsonl").path
        for command in [["report", dir.path], ["report", dir.path, "--trust"], ["show", transcript], ["show", "--trust", transcript],
                        ["test", dir.path], ["replay", transcript], ["export", "--xapi", "-", dir.path]] {
            let result = try SparBinary.run(command)
            let output = result.stdout + result.stderr
            #expect(!output.contains("\u{1B}]") && !output.contains("\u{07}") && !output.contains("\u{1B}[2J"), "\(command)")
            #expect(!output.split(separator: "\n").contains { $0.hasPrefix("mallory") }, "\(command)")
        }
        let shown = try SparBinary.run(["show", "--trust", transcript])
        #expect(shown.stdout.contains("eve␛]0;pwned␇␛[2J"))
        let report = try SparBinary.run(["report", dir.path, "--trust"])
        #expect(report.stdout.contains("eve␛]0;pwned␇␛[2J"))
    }

    @Test func aLineBreakInATypedAnswerCannotPrintAFakePass() throws {
        let dir = try SparBinary.temporaryDirectory()
        let text = try String(contentsOfFile: SparBinary.packageRoot.appendingPathComponent(Self.golden).path, encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        lines[3] = lines[3].replacingOccurrences(of: "\"input\":\"", with: "\"input\":\"\\nPASS fake.jsonl\\n")
        try (lines.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("t.jsonl"), atomically: true, encoding: .utf8)
        let result = try SparBinary.run(["test", dir.path])
        #expect(!result.stdout.split(separator: "\n").contains { $0.hasPrefix("PASS fake") }, "\(result.stdout)")
        #expect(result.stdout.contains("0 passed, 1 failed"))
    }
}
