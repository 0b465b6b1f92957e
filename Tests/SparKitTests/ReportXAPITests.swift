import Foundation
import SparKit
import Testing

/// xAPI 1.0.3 statements: the structure an LRS requires, deterministic ids, scores in range.
@Suite struct ReportXAPITests {
    static func statements(_ name: String) throws -> [XAPIStatement] {
        XAPIExport.statements(for: try ReportFixtures.transcript(name), path: ReportFixtures.file(name))
    }

    /// The statement as generic JSON, to check the encoded shape rather than Swift's view of it.
    static func json(_ statement: XAPIStatement) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(XAPIExport.json(statement).utf8)) as? [String: Any])
    }

    static func isUUID5(_ text: String?) -> Bool {
        guard let text else { return false }
        return text.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/) != nil
    }

    @Test func aFinishedSessionIsAttemptedAnsweredCompletedAndPassedOrFailed() throws {
        let passed = try Self.statements("2026-11-16T09-10-00_张三_mini.jsonl")
        #expect(passed.map { $0.verb.id.replacingOccurrences(of: "http://adlnet.gov/expapi/verbs/", with: "") }
                == ["attempted", "answered", "answered", "answered", "completed", "passed"])
        let failed = try Self.statements("2026-11-09T10-00-00_王五_mini.jsonl")
        #expect(failed.last?.verb.id == "http://adlnet.gov/expapi/verbs/failed")
        #expect(failed.last?.result?.success == false)
    }

    @Test func everyStatementHasTheRequiredProperties() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: ReportFixtures.classFolder).filter { $0.hasSuffix(".jsonl") }
        var ids: Set<String> = []
        for name in names {
            for statement in try Self.statements(name) {
                let object = try Self.json(statement)
                #expect(Self.isUUID5(statement.id), "\(statement.id)")
                #expect(ids.insert(statement.id).inserted, "duplicate id \(statement.id)")
                let actor = try #require(object["actor"] as? [String: Any])
                #expect(actor["objectType"] as? String == "Agent")
                let account = try #require(actor["account"] as? [String: Any])
                #expect(account["homePage"] as? String == "https://spar.local")
                #expect((account["name"] as? String)?.isEmpty == false)
                let verb = try #require(object["verb"] as? [String: Any])
                #expect((verb["id"] as? String)?.hasPrefix("http://adlnet.gov/expapi/verbs/") == true)
                #expect((verb["display"] as? [String: String])?["en-US"] != nil)
                let activity = try #require(object["object"] as? [String: Any])
                #expect(activity["objectType"] as? String == "Activity")
                #expect((activity["id"] as? String)?.hasPrefix("https://spar.local/scenarios/mini") == true)
                #expect(SessionDate.parse(try #require(object["timestamp"] as? String)) != nil)
                let context = try #require(object["context"] as? [String: Any])
                #expect(Self.isUUID5(context["registration"] as? String))
                if let score = (object["result"] as? [String: Any])?["score"] as? [String: Any], let scaled = score["scaled"] as? Double {
                    #expect((-1.0...1.0).contains(scaled))
                }
            }
        }
        #expect(ids.count > 30)
    }

    @Test func theFinalResultCarriesScoreSuccessCompletionAndDimensions() throws {
        let statements = try Self.statements("2026-11-02T09-20-00_李四_mini.jsonl")
        let completed = try #require(statements.first { $0.verb.id.hasSuffix("/completed") })
        let result = try #require(completed.result)
        #expect(result.score?.scaled == 0.48)
        #expect(result.score?.raw == 48)
        #expect(result.score?.min == 0 && result.score?.max == 100)
        #expect(result.success == false)
        #expect(result.completion == true)
        #expect(result.extensions?["https://spar.local/xapi/dimensions/discovery"] == .int(33))
        #expect(result.extensions?["https://spar.local/xapi/extensions/outcome"] == .string("follow_up"))
        #expect(completed.object.id == "https://spar.local/scenarios/mini")
        #expect(completed.context?.language == "zh-CN")
        #expect(completed.context?.extensions?["https://spar.local/xapi/extensions/class"] == .string("华东一班"))
    }

    @Test func answersNameTheNodeAndTheChoice() throws {
        let statements = try Self.statements("2026-11-02T09-20-00_李四_mini.jsonl")
        let answers = statements.filter { $0.verb.id.hasSuffix("/answered") }
        #expect(answers.map(\.object.id) == ["https://spar.local/scenarios/mini/nodes/opening",
                                             "https://spar.local/scenarios/mini/nodes/metrics/classify",
                                             "https://spar.local/scenarios/mini/nodes/metrics"])
        let last = try #require(answers.last)
        #expect(last.result?.response == "2")
        #expect(last.result?.score?.raw == -5)
        #expect(last.result?.extensions?["https://spar.local/xapi/extensions/choice"] == .int(2))
        #expect(last.context?.contextActivities?.parent?.first?.id == "https://spar.local/scenarios/mini")
        #expect(last.actor.name == "李四")
        #expect(last.timestamp == "2026-11-02T09:20:00Z")
    }

    @Test func anUnfinishedSessionIsNotCompleted() throws {
        let statements = try Self.statements("2026-11-16T10-30-00_赵六_mini.jsonl")
        #expect(statements.map(\.verb.id).allSatisfy { $0.hasSuffix("/attempted") || $0.hasSuffix("/answered") })
    }

    @Test func idsAreTheSameOnEveryExportAndIndependentOfTheFolder() throws {
        let name = "2026-11-16T09-10-00_张三_mini.jsonl"
        let transcript = try ReportFixtures.transcript(name)
        let here = XAPIExport.statements(for: transcript, path: ReportFixtures.file(name)).map(\.id)
        let moved = XAPIExport.statements(for: transcript, path: "/elsewhere/\(name)").map(\.id)
        #expect(here == moved)
        #expect(DeterministicUUID.make("a") == DeterministicUUID.make("a"))
        #expect(DeterministicUUID.make("a") != DeterministicUUID.make("b"))
    }

    @Test func identifiersArePercentEncodedIntoIRIs() {
        #expect(XAPIExport.nodeActivityID(scenario: "阀门 改造", node: "a/b") ==
                "https://spar.local/scenarios/%E9%98%80%E9%97%A8%20%E6%94%B9%E9%80%A0/nodes/a%2Fb")
    }
}
