import Foundation
import Testing

/// `spar try`: the REPL's ranking of a typed answer, for authors; and the matcher's tools in `spar-dev`.
@Suite struct TryEndToEndTests {
    @Test func jsonRanksTheChoicesWithEvidence() throws {
        let result = try SparBinary.run(["try", "Tests/Fixtures/mini.yaml", "--node", "opening", "你们最看重哪些指標", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["outcome"] as? String == "confident")
        let candidates = try #require(json["candidates"] as? [[String: Any]])
        #expect(candidates.first?["index"] as? Int == 1)
        #expect(candidates.first?["id"] as? String == "opening/1")
        #expect((candidates.first?["matched"] as? [String])?.contains("指标") == true)
    }

    @Test func textShowsTheOutcomeAndANegation() throws {
        let result = try SparBinary.run(["try", "Tests/Fixtures/mini.yaml", "我们不打折", "--no-color"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("none"))
        #expect(result.stdout.contains("¬"))
    }

    @Test func anUnknownNodeExitsOne() throws {
        let result = try SparBinary.run(["try", "Tests/Fixtures/mini.yaml", "--node", "nowhere", "你好"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no node 'nowhere'"))
    }

    @Test func theEvaluationCommandPrintsFiguresPerLanguage() throws {
        let result = try SparBinary.run(["eval-matcher", "eval/matcher"], program: .sparDev)
        #expect(result.status == 0)
        #expect(result.stdout.contains("confident-right"))
        #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix("zh ") })
        #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix("en ") })
    }

    @Test func theBenchmarkCommandMatchesAtATenChoiceNode() throws {
        let result = try SparBinary.run(["bench-matcher", "24"], program: .sparDev)
        #expect(result.status == 0)
        #expect(result.stdout.contains("24 answers at round (10 choices)"))
    }
}
