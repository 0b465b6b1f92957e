import SparKit
import Testing

/// Small scenarios for the matcher's tests, written inline so each test shows what it matches against.
enum MatchingFixtures {
    static let chinese = load("""
        id: zh
        title: 测试
        synonyms:
          阀门: [球阀, 闸阀]
        contacts:
          wang: { name: 王总, role: approver, attitude: neutral, style: driver }
        start: ask
        nodes:
          ask:
            speaker: wang
            line: 你们的报价比别家高。
            choices:
              - say: 价格确实重要。您评估时最看重哪几项指标？
                match: [看重, 指标]
                goto: done
              - say: 我们可以给您打九折。
                goto: done
              - say: 预算大概是多少？
                goto: done
              - say: 最后由谁来拍板？
                goto: done
              - say: 阀门的质保是三年。
                goto: done
          close:
            speaker: wang
            line: 那怎么办？
            choices:
              - say: 我们今天就把合同定下来吧。
                goto: done
              - say: 我们今天就把方案定下来吧。
                goto: done
          done:
            end: lost
        """)

    static let english = load("""
        id: en
        title: test
        language: en
        contacts:
          dana: { name: Dana, role: purchaser, attitude: neutral, style: analytical }
        start: ask
        nodes:
          ask:
            speaker: dana
            line: Your quote is higher than the other bid.
            choices:
              - say: Price matters. Which criteria matter most in your evaluation?
                goto: done
              - say: I can offer you a ten percent discount.
                goto: done
              - say: What budget do you have for this?
                goto: done
              - say: Who will make the final decision?
                goto: done
          close:
            speaker: dana
            line: So?
            choices:
              - say: Shall we sign the contract today?
                goto: done
              - say: Shall we sign the proposal today?
                goto: done
          done:
            end: lost
        """)

    static func load(_ yaml: String) -> Scenario {
        let result = ScenarioLoader.load(text: yaml, file: "inline.yaml")
        guard let scenario = result.scenario else { fatalError("fixture does not load: \(result.diagnostics)") }
        return scenario
    }

    static func rank(_ text: String, in scenario: Scenario, node: String = "ask") -> MatchResult {
        let choices = scenario.node(node)!.choices
        return ChoiceMatcher(scenario: scenario).rank(text, node: node, available: choices.indices.map { ($0 + 1, $0) })
    }
}
