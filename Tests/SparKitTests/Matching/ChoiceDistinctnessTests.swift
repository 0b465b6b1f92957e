import SparKit
import Testing

@Suite struct ChoiceDistinctnessTests {
    @Test func nearlyIdenticalChoicesWarn() {
        let result = ScenarioLoader.load(text: """
            id: t
            title: t
            contacts:
              wang: { name: 王总, role: approver, attitude: neutral, style: driver }
            start: a
            nodes:
              a:
                speaker: wang
                line: 怎么样？
                choices:
                  - say: 我们可以给您打九折。
                    goto: b
                  - say: 我们可以给您打个九折吧。
                    goto: b
                  - say: 您最看重什么？
                    goto: b
                  - say: 我们可以给您打九折。
                    if: "elapsed > 10"
                    goto: b
                  - say: 我们可以给您打九折。
                    if: "elapsed <= 10"
                    goto: b
              b:
                end: lost
            """, file: "t.yaml")
        guard let scenario = result.scenario else {
            Issue.record("does not load: \(result.diagnostics)")
            return
        }
        let warnings = ScenarioValidator.warnings(for: scenario).filter { $0.code == .indistinctChoices }
        #expect(warnings.count >= 1)
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings.contains { $0.message.contains("choices 1 and 2") })
        // Choices 4 and 5 are never shown together.
        #expect(!warnings.contains { $0.message.contains("choices 4 and 5") })
    }

    @Test func distinctChoicesDoNotWarn() {
        #expect(ChoiceDistinctness.check(MatchingFixtures.english).isEmpty)
    }
}
