import Foundation
import SalesMethod
import SparKit
import Testing

/// A trainer's tools through the built binary: `spar new` → `lint` → `play`, `graph`,
/// `explore --format json`, `schema`, and lint's exit codes.
@Suite struct TrainerToolsEndToEndTests {
    /// Piped answers that play the scaffold's model path: the first choice, a classification,
    /// the first choice again.
    static let modelAnswers: [Language: String] = [
        .zh: "1\nA 第一KP 有需求 有购买能力\n1\n",
        .en: "1\nA: first KP, need, can pay\n1\n",
    ]

    /// Runs `spar new NAME --lang LANG --dir DIR` and returns the scaffold's path.
    func newScenario(_ name: String, language: Language, in dir: URL,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let result = try SparBinary.run(["new", name, "--lang", language.rawValue, "--dir", dir.path])
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        let path = dir.appendingPathComponent("\(name).yaml").path
        #expect(result.stdout.contains("wrote \(path)"), sourceLocation: sourceLocation)
        #expect(FileManager.default.fileExists(atPath: path), sourceLocation: sourceLocation)
        return path
    }

    func json(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
                     sourceLocation: sourceLocation)
    }

    // MARK: - spar new → lint → play

    @Test(arguments: [(Language.zh, "x"), (.en, "x"), (.zh, "鱼塘追销"), (.en, "café-visit")])
    func aNewScenarioLintsCleanAndPlaysToAnEnding(language: Language, name: String) throws {
        let dir = try SparBinary.temporaryDirectory()
        let file = try newScenario(name, language: language, in: dir)

        let lint = try SparBinary.run(["lint", "--strict", file])
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(lint.stdout.contains("1 file checked: 0 errors, 0 warnings"), "\(lint.stdout)")

        let out = dir.appendingPathComponent("transcripts")
        let play = try SparBinary.run(["play", file, "--lang", language.rawValue, "--out", out.path],
                                      input: Self.modelAnswers[language]!)
        #expect(play.status == 0, "\(play.stderr)")
        #expect(play.stdout.contains(language == .zh ? "现场签约" : "Meeting over: signed"), "\(play.stdout)")
        let transcripts = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".jsonl") }
        #expect(transcripts.count == 1)
        let text = try String(contentsOfFile: out.appendingPathComponent(try #require(transcripts.first)).path, encoding: .utf8)
        let end = try json(String(try #require(text.split(separator: "\n").last)))
        #expect(end["type"] as? String == "end")
        #expect(end["outcome"] as? String == "signed")
    }

    @Test(arguments: [Language.zh, .en])
    func theScaffoldsModelAnswersLoseNoPoints(language: Language) throws {
        let text = ScenarioScaffold.text(id: "x", language: language, schemaPath: "scenario.schema.json")
        let scenario = try #require(ScenarioLoader.load(text: text, file: "x.yaml").scenario)
        var session = Session(scenario: scenario)
        _ = session.begin()
        for answer in Self.modelAnswers[language]!.split(separator: "\n") { _ = session.handle(String(answer)) }
        #expect(session.state.ending?.outcome == .signed)
        let penalties = session.state.events.filter { $0.points < 0 }
        #expect(penalties.isEmpty, "a trainer's starting point must not model answers the method penalises: \(penalties.map(\.reason))")
    }

    @Test func newRefusesToOverwriteAndRejectsBadNames() throws {
        let dir = try SparBinary.temporaryDirectory()
        _ = try newScenario("x", language: .zh, in: dir)
        let again = try SparBinary.run(["new", "x", "--dir", dir.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("--force"))
        let forced = try SparBinary.run(["new", "x", "--dir", dir.path, "--force"])
        #expect(forced.status == 0)
        for bad in ["../x", "a b", ".hidden", "x\u{200B}y"] {
            let refused = try SparBinary.run(["new", bad, "--dir", dir.path])
            #expect(refused.status == 2, "\(bad): \(refused.stderr)")
            #expect(refused.stderr.hasPrefix("spar new: the scenario name"), "\(bad): \(refused.stderr)")
        }
    }

    // MARK: - spar graph

    @Test func graphPrintsMermaidAndDot() throws {
        let dir = try SparBinary.temporaryDirectory()
        let file = try newScenario("x", language: .en, in: dir)
        let mermaid = try SparBinary.run(["graph", "--format", "mermaid", file])
        #expect(mermaid.status == 0, "\(mermaid.stderr)")
        #expect(mermaid.stdout.hasPrefix("---\ntitle: \"New scenario: a plant equipment upgrade\"\n---\nflowchart TD\n"))
        for node in ["opening", "value", "signed", "follow_up", "lost_price"] {
            #expect(mermaid.stdout.range(of: "\n  n[0-9]+_\(node)", options: .regularExpression) != nil, "\(node)")
        }
        #expect(mermaid.stdout.contains("n0_opening -->|\"1. "))
        #expect(mermaid.stdout.contains("_signed{{\"signed<br/>[signed]\"}}:::signed"))

        let dot = try SparBinary.run(["graph", file])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph \"x\" {"))
        #expect(dot.stdout.contains("\"opening\" -> \"value\""))
    }

    // MARK: - spar explore --format json

    @Test func exploreJSONReportsEndingsScoresAndCounts() throws {
        let dir = try SparBinary.temporaryDirectory()
        let file = try newScenario("x", language: .zh, in: dir)
        let result = try SparBinary.run(["explore", "--format", "json", file])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try json(result.stdout)
        #expect(report["scenario"] as? String == "x")

        let endings = try #require(report["endings"] as? [[String: Any]])
        #expect(endings.map { $0["node"] as? String } == ["signed", "follow_up", "lost_price"])
        #expect(endings.map { $0["outcome"] as? String } == ["signed", "follow_up", "lost"])
        for ending in endings {
            #expect(ending["reachable"] as? Bool == true)
            let shortest = try #require(ending["shortest"] as? Int, "\(ending)")
            #expect((ending["path"] as? [Int])?.count == shortest)
        }
        #expect(endings.first { $0["node"] as? String == "lost_price" }?["shortest"] as? Int == 1)

        let best = try #require(report["best"] as? [String: Any])
        let worst = try #require(report["worst"] as? [String: Any])
        #expect(best["overall"] as? Int == 100)
        #expect(best["path"] as? [Int] == [1, 1])
        #expect(best["outcome"] as? String == "signed")
        #expect(worst["overall"] as? Int == 0)
        #expect(worst["outcome"] as? String == "lost")
        for score in [best, worst] {
            let dimensions = try #require(score["dimensions"] as? [String: Int])
            #expect(Set(dimensions.keys).isSubset(of: Set(ScoreDimension.allCases.map(\.rawValue))))
            #expect(dimensions["closing"] != nil)
        }
        #expect((best["dimensions"] as? [String: Int])?.values.allSatisfy { $0 == 100 } == true)

        let counts = try #require(report["counts"] as? [String: Int])
        #expect(counts["nodes"] == 5)
        #expect(counts["choices"] == 4)
        #expect(counts["paths"] == 3)
        #expect(report["paths_unbounded"] as? Bool == false)
        #expect(report["minutes"] as? [Int] == [15, 45])
        #expect(report["exhaustive"] as? Bool == true)
        #expect(report["coverage"] == nil)
    }

    @Test func exploreJSONMarksUnreachableEndings() throws {
        let dir = try SparBinary.temporaryDirectory()
        let file = dir.appendingPathComponent("orphan.yaml")
        try """
        id: orphan
        title: 孤立结局
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
        start: a
        nodes:
          a:
            speaker: wang
            line: 你好
            choices:
              - { say: 再见, goto: lost }
          lost:
            end: lost
          orphan:
            end: signed
        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try SparBinary.run(["explore", "--format", "json", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let endings = try #require(try json(result.stdout)["endings"] as? [[String: Any]])
        let orphan = try #require(endings.first { $0["node"] as? String == "orphan" })
        #expect(orphan["reachable"] as? Bool == false)
        #expect(orphan["shortest"] == nil || orphan["shortest"] is NSNull)
    }

    @Test func exploreReportsCoverageOfAFolderOfTranscripts() throws {
        let dir = try SparBinary.temporaryDirectory()
        let file = try newScenario("x", language: .zh, in: dir)
        let transcripts = dir.appendingPathComponent("transcripts")
        let play = try SparBinary.run(["play", file, "--out", transcripts.path], input: Self.modelAnswers[.zh]!)
        #expect(play.status == 0)

        let result = try SparBinary.run(["explore", "--format", "json", file, "--transcripts", transcripts.path])
        #expect(result.status == 0, "\(result.stderr)")
        let coverage = try #require(try json(result.stdout)["coverage"] as? [String: Any])
        #expect(coverage["transcripts"] as? Int == 1)
        #expect(coverage["unvisited_nodes"] as? [String] == ["follow_up", "lost_price"])
        let choices = try #require(coverage["unvisited_choices"] as? [[String: Any]])
        #expect(choices.map { "\($0["node"] as? String ?? "?")#\($0["index"] as? Int ?? -1)" } == ["opening#1", "value#1"])

        let text = try SparBinary.run(["explore", file, "--transcripts", transcripts.path])
        #expect(text.stdout.contains("coverage over 1 transcripts: 2 nodes and 2 choices never played"))
    }

    // MARK: - spar schema

    @Test func schemaPrintsTheCommittedSchema() throws {
        let result = try SparBinary.run(["schema"])
        #expect(result.status == 0)
        let committed = try String(contentsOf: SparBinary.packageRoot.appendingPathComponent("docs/scenario.schema.json"),
                                   encoding: .utf8)
        #expect(result.stdout == committed)
        let schema = try json(result.stdout)
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    // MARK: - spar lint's exit codes

    static let warningsOnly = """
    id: warned
    title: 只有警告
    contacts:
      wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
    start: a
    nodes:
      a:
        speaker: wang
        line: 你好
        choices:
          - { say: 再见, goto: lost }
      lost:
        end: lost
      orphan:
        end: lost
    """

    @Test func strictLintFailsOnWarningsAlone() throws {
        let dir = try SparBinary.temporaryDirectory()
        let file = dir.appendingPathComponent("warned.yaml")
        try Self.warningsOnly.write(to: file, atomically: true, encoding: .utf8)

        let plain = try SparBinary.run(["lint", "--no-color", file.path])
        #expect(plain.status == 0, "\(plain.stdout)")
        #expect(plain.stdout.contains("warning[SP0020]: node 'orphan' is unreachable"))
        #expect(plain.stdout.contains(" 0 errors, "))
        #expect(!plain.stdout.contains(" 0 warnings"))

        let strict = try SparBinary.run(["lint", "--strict", file.path])
        #expect(strict.status == 1, "\(strict.stdout)")
        #expect(strict.stdout.contains(" 0 errors, "))
    }

    @Test func lintExitsTwoOnAMissingPath() throws {
        let result = try SparBinary.run(["lint", "no/such/scenario.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such file or folder: no/such/scenario.yaml"))
        #expect(result.stdout.isEmpty)
    }

    @Test func lintRejectsTheFixtureTheSchemaRejects() throws {
        // scripts/test checks that check-jsonschema rejects this file; spar finds the same two mistakes.
        let result = try SparBinary.run(["lint", "--format", "json", "Tests/Fixtures/broken-schema.yaml"])
        #expect(result.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["code"] as? String } == ["SP0006", "SP0003"])
        #expect(entries.map { $0["line"] as? Int } == [11, 14])
    }
}
