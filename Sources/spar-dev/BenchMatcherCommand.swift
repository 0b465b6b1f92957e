import ArgumentParser
import SparKit

/// `spar-dev bench-matcher N`: matches N typed answers at a ten-choice node, for
/// `scripts/bench-matcher` to count instructions per answer under callgrind.
struct BenchMatcherCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-matcher", abstract: "Match N typed answers (for the instruction-count benchmark).")

    @Argument(help: "How many answers to match.")
    var count: Int

    @Option(name: .long, help: "Scenario file.")
    var scenario = "Tests/Fixtures/matching-zh.yaml"

    @Option(name: .long, help: "Node to answer at.")
    var node = "round"

    /// Answers of every kind: short and long, typos, traditional characters, mixed English, negation, nothing.
    static let answers = [
        "价格方面您有什么顾虑？我们可以一起看看报价的构成",
        "今天能定的话给您九五折",
        "这个项目的预酸大概多少，批下来了吗",
        "最后谁来拍板",
        "先做个demo给大家看看",
        "我們在蘇州做過一個電商倉庫的項目，案例資料發給您",
        "交期是8周，调试2周，三月前上线没问题",
        "质保三年，售后工程师24小时响应",
        "我们不打折，但是软件是自主研发的，后续升级不用额外付费",
        "那我先回去整理一下，下周再约您详细谈",
        "您喝茶还是咖啡",
        "关于price您有什么concern吗",
    ]

    func run() throws {
        let loaded = ScenarioLoader.load(contentsOfFile: scenario)
        guard let scenario = loaded.scenario, let target = scenario.node(node) else {
            throw ValidationError("cannot load node '\(node)' of \(self.scenario)")
        }
        let matcher = ChoiceMatcher(scenario: scenario)
        let available = target.choices.indices.map { (number: $0 + 1, index: $0) }
        var confident = 0
        for i in 0..<count {
            let result = matcher.rank(Self.answers[i % Self.answers.count], node: node, available: available)
            if result.outcome == .confident { confident += 1 }
        }
        print("\(count) answers at \(node) (\(target.choices.count) choices): \(confident) confident")
    }
}
