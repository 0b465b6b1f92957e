import SalesMethod
@testable import SparKit
import Testing

/// docs/method.md "Scoring rules": `step` at the node's sync point / ahead / behind: +1 / −2 / −1 (stage dimension).
@Suite struct SyncRuleTests {
    @Test func stepAtTheBuyersPhaseScoresOne() {
        let awards = SyncRule.score(step: .proof, buying: .evaluation, language: .zh)
        #expect(summary(awards) == ["sync.in_step:+1"])
        #expect(awards.first?.dimension == .stage)
        #expect(awards.first?.reason.contains("与客户采购同步") == true)
    }

    @Test func stepAheadOfTheBuyerCostsTwo() {
        let awards = SyncRule.score(step: .justification, buying: .evaluation, language: .zh)
        #expect(summary(awards) == ["sync.pushing:-2"])
        #expect(awards.first?.reason.contains("推进过快") == true)
        // Pushing further does not cost more.
        #expect(summary(SyncRule.score(step: .customerManagement, buying: .need, language: .zh)) == ["sync.pushing:-2"])
    }

    @Test func stepBehindTheBuyerCostsOne() {
        let awards = SyncRule.score(step: .understanding, buying: .evaluation, language: .zh)
        #expect(summary(awards) == ["sync.lagging:-1"])
        #expect(awards.first?.reason.contains("落后") == true)
    }

    @Test(arguments: BuyingPhase.allCases)
    func everyStepFollowsTheTable(buying: BuyingPhase) {
        for step in SalesStep.allCases {
            let expected = step.order == buying.order ? 1 : (step.order > buying.order ? -2 : -1)
            let awards = SyncRule.score(step: step, buying: buying, language: .en)
            #expect(awards.map(\.points) == [expected], "\(step) at \(buying)")
            #expect(awards.allSatisfy { $0.dimension == .stage })
        }
    }

    @Test func nothingToJudgeWithoutAStepOrAPhase() {
        #expect(SyncRule.score(step: nil, buying: .need, language: .zh).isEmpty)
        #expect(SyncRule.score(step: .proof, buying: nil, language: .zh).isEmpty)
    }

    /// mini.yaml's first choice is `proof` while the buyer is at `evaluation`.
    @Test func sessionScoresTheStepOfTheChosenAnswer() throws {
        var session = Session(scenario: try miniScenario())
        _ = session.begin()
        _ = session.handle("1")
        #expect(summary(session.events(rule: "sync.in_step")) == ["sync.in_step:+1"])
        #expect(session.state.points(in: .stage) == 3)
    }
}
