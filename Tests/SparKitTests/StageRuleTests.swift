import SalesMethod
@testable import SparKit
import Testing

/// docs/method.md "Scoring rules", stage rows: task in the node's stage +2, k stages ahead −2k, behind −1.
@Suite struct StageRuleTests {
    @Test func taskInTheNodesStageScoresTwo() {
        let awards = StageRule.score(task: .technicalExchange, stage: .investigation, language: .zh)
        #expect(summary(awards) == ["stage.in_sync:+2"])
        #expect(awards.first?.dimension == .stage)
        #expect(awards.first?.reason.contains("阶段同步") == true)
    }

    @Test func oneStageAheadCostsTwo() {
        // needs_analysis belongs to growth, one stage after investigation.
        let awards = StageRule.score(task: .needsAnalysis, stage: .investigation, language: .zh)
        #expect(summary(awards) == ["stage.skipped:-2"])
        #expect(awards.first?.reason.contains("阶段不能跳跃") == true)
    }

    @Test func twoStagesAheadCostsFour() {
        // negotiation belongs to maturity, two stages after investigation.
        let awards = StageRule.score(task: .negotiation, stage: .investigation, language: .zh)
        #expect(summary(awards) == ["stage.skipped:-4"])
        #expect(awards.first?.reason.contains(LifecycleStage.growth.name.zh) == true)
    }

    @Test func behindTheNodesStageCostsOneHoweverFarBehind() {
        let oneBehind = StageRule.score(task: .visit, stage: .investigation, language: .zh)
        #expect(summary(oneBehind) == ["stage.lagging:-1"])
        #expect(oneBehind.first?.reason.contains("停留在建立期") == true)
        let twoBehind = StageRule.score(task: .phoneInvitation, stage: .investigation, language: .zh)
        #expect(summary(twoBehind) == ["stage.lagging:-1"])
    }

    /// Every task against every stage follows the table: 0 → +2, k ahead → −2k, behind → −1.
    @Test(arguments: LifecycleStage.allCases)
    func everyTaskFollowsTheTable(stage: LifecycleStage) {
        for task in LifecycleTask.allCases {
            let gap = task.stage.order - stage.order
            let expected = gap == 0 ? 2 : (gap > 0 ? -2 * gap : -1)
            let awards = StageRule.score(task: task, stage: stage, language: .en)
            #expect(awards.map(\.points) == [expected], "\(task) in \(stage)")
            #expect(awards.allSatisfy { $0.dimension == .stage })
        }
    }

    @Test func nothingToJudgeWithoutATaskOrAStage() {
        #expect(StageRule.score(task: nil, stage: .growth, language: .zh).isEmpty)
        #expect(StageRule.score(task: .visit, stage: nil, language: .zh).isEmpty)
    }

    @Test func englishReasonsAreEnglish() {
        let awards = StageRule.score(task: .negotiation, stage: .investigation, language: .en)
        #expect(awards.first?.reason.contains("stages cannot be skipped") == true)
    }

    /// The session applies the rule: mini.yaml's first choice is a technical exchange in investigation.
    @Test func sessionScoresTheTaskOfTheChosenAnswer() throws {
        var session = Session(scenario: try miniScenario())
        _ = session.begin()
        _ = session.handle("1")
        #expect(summary(session.events(rule: "stage.in_sync")) == ["stage.in_sync:+2"])
        #expect(session.state.events.first { $0.rule == "stage.in_sync" }?.turn == 1)
    }
}
