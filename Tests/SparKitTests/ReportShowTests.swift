import Foundation
import SparKit
import Testing

/// `spar show`'s reconstruction: customer lines from the scenario, answers, points, clock, scorecard.
@Suite struct ReportShowTests {
    let transcript: Transcript
    let scenario: Scenario

    init() throws {
        transcript = try ReportFixtures.transcript("2026-11-09T09-05-00_张三_mini.jsonl")
        scenario = try #require(ScenarioLoader.load(contentsOfFile: ReportFixtures.miniScenario).scenario)
    }

    @Test func customerLinesComeFromTheScenarioOncePerNode() {
        let view = SessionView(transcript: transcript, scenario: scenario)
        #expect(view.steps.map(\.record.type) == [RecordKind.turn, .classify, .turn])
        #expect(view.steps[0].customer?.speaker == "李工（工程师）")
        #expect(view.steps[0].customer?.line == "你们的报价比别家高了15%。")
        #expect(view.steps[1].customer?.line == "如果下个月开工，你们多久能到货？")
        #expect(view.steps[1].customer?.cue == "王总身体前倾")
        // The answer at the same node as the checkpoint does not repeat the line.
        #expect(view.steps[2].customer == nil)
        #expect(view.meetingMinutes == 30)
        #expect(!view.scenarioMissing)
        #expect(view.pointsByDimension[.classification] == -3)
    }

    @Test func withoutTheScenarioTurnsAreShownWithoutLines() {
        let view = SessionView(transcript: transcript, scenario: nil)
        #expect(view.scenarioMissing)
        #expect(view.steps.allSatisfy { $0.customer == nil })
        let markdown = SessionMarkdown(view).render()
        #expect(markdown.contains("找不到场景文件"))
        #expect(markdown.contains("### 第1轮 · `opening`"))
    }

    @Test func markdownHasEveryTurnPointsClockAndScorecard() {
        let markdown = SessionMarkdown(SessionView(transcript: transcript, scenario: scenario)).render()
        #expect(markdown.hasPrefix("# 小型测试场景 — 张三"))
        #expect(markdown.contains("> **李工（工程师）**：你们的报价比别家高了15%。"))
        #expect(markdown.contains("**回答**：1 → 选项 1：价格确实重要。您评估时最看重哪几项指标？"))
        #expect(markdown.contains("| +2 | 阶段推进 | 阶段同步：技术交流属于考察期 |"))
        #expect(markdown.contains("| −3 | 客户分类 | 分类错误：判为A类客户，按已知事实应为尚不能判断 |"))
        #expect(markdown.contains("⏱ 15/30 分钟"))
        #expect(markdown.contains("**判断**：A类客户（第一KP、有需求）；按已知事实：尚不能判断"))
        #expect(markdown.contains("## 成绩单"))
        #expect(markdown.contains("- 总分：**71** / 100 · 进步中 · 未通过"))
        #expect(markdown.contains("| 客户分类 | 0 | −3 |"))
    }

    @Test func anEditedScenarioIsFlagged() throws {
        var changed = scenario
        changed.sha256 = "0000"
        #expect(SessionView(transcript: transcript, scenario: changed).scenarioChanged)
    }

    @Test func typedMarkdownIsEscaped() throws {
        let source = try String(contentsOfFile: ReportFixtures.file("2026-11-16T11-00-00_Alice_mini.jsonl"), encoding: .utf8)
        let hostile = try Transcript.parse(source.replacingOccurrences(of: "\"input\":\"未知 预算不清楚\"", with: "\"input\":\"# <b>|x|</b>\""),
                                           file: "h.jsonl").get()
        let markdown = SessionMarkdown(SessionView(transcript: hostile, scenario: scenario)).render()
        #expect(markdown.contains("\\# \\<b\\>\\|x\\|\\</b\\>") || !markdown.contains("<b>"))
        #expect(markdown.contains("Not understood: 1"))
    }
}
