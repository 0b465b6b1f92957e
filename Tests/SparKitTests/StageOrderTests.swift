import SalesMethod
@testable import SparKit
import Testing

/// docs/method.md "Scoring rules", order inside a stage: a later task while an earlier one is still
/// owed costs like pushing ahead (−2), going back once a later task is done costs like lagging (−1),
/// the fish pond (成交 → 跟踪 → 追销) turns to the next sale; presenting a solution before the need
/// is established costs in discovery.
@Suite struct StageOrderTests {
    func score(_ task: LifecycleTask, in stage: LifecycleStage, done: Set<LifecycleTask>) -> [String] {
        summary(StageRule.score(task: task, stage: stage, done: done, language: .en))
    }

    @Test func theFishPondOrderIsTheMaturityTasksOrder() {
        let steps = LifecycleStage.maturity.tasks.compactMap(\.fishPondStep)
        #expect(steps == [.firstClose, .followUp, .upsell])
        #expect(steps == steps.sorted())
    }

    @Test func upsellingBeforeFollowingUpIsOutOfOrder() {
        #expect(score(.upsell, in: .maturity, done: [.negotiation, .signing]) == ["stage.out_of_order:-2"])
        #expect(score(.upsell, in: .maturity, done: [.negotiation, .signing, .followUp]) == ["stage.in_sync:+2"])
        #expect(score(.followUp, in: .maturity, done: [.negotiation, .signing]) == ["stage.in_sync:+2"])
    }

    @Test func theFirstTaskOfAStageIsInStage() {
        #expect(score(.upsell, in: .maturity, done: []) == ["stage.in_sync:+2"])
    }

    @Test func goingBackToNeedsAnalysisOnceTheBidsAreOpenIsNotInStage() {
        #expect(score(.needsAnalysis, in: .growth, done: [.needsAnalysis, .projectEvaluation]) == ["stage.back:-1"])
        #expect(score(.projectEvaluation, in: .growth, done: [.needsAnalysis, .projectEvaluation]) == ["stage.in_sync:+2"])
    }

    @Test func afterAnUpsellTheNextSaleBegins() {
        let done: Set<LifecycleTask> = [.negotiation, .signing, .followUp, .upsell]
        #expect(score(.negotiation, in: .maturity, done: done) == ["stage.in_sync:+2"])
        #expect(score(.referral, in: .maturity, done: done) == ["stage.in_sync:+2"])
    }

    @Test func theReasonsNameTheOwedAndTheReachedTask() {
        let outOfOrder = StageRule.score(task: .upsell, stage: .maturity, done: [.signing], language: .zh)[0]
        #expect(outOfOrder.reason == "顺序颠倒：跟踪还没做，就先做追销")
        #expect(outOfOrder.event(turn: 1).reason(in: .en) == "out of order: upsell before follow-up, which is still owed")
        let back = StageRule.score(task: .needsAnalysis, stage: .growth, done: [.projectEvaluation], language: .en)[0]
        #expect(back.reason.contains("project evaluation and bidding is under way"))
    }

    static let yaml = """
    id: pond
    title: 回访
    meeting: { minutes: 60, closing_window: 60 }
    contacts:
      zheng: { name: 郑总, role: approver, attitude: sponsor, style: driver }
    start: visit
    nodes:
      visit:
        stage: maturity
        task: signing
        speaker: zheng
        line: 来了？
        choices:
          - { say: 先看看卖得怎么样。, task: follow_up, goto: more }
          - { say: 新品订五百箱吧。, task: upsell, goto: more }
      more:
        speaker: zheng
        line: 还有呢？
        choices:
          - { say: 新品订五百箱吧。, task: upsell, goto: done }
          - { say: 我给您介绍一下我们的方案。, task: initial_proposal, goto: done }
      done:
        end: follow_up
    """

    func play(_ inputs: String...) throws -> Session {
        var session = Session(scenario: try requireScenario(Self.yaml))
        _ = session.begin()
        for input in inputs { _ = session.handle(input) }
        return session
    }

    @Test func aNodesTaskPutsTheEarlierTasksBehind() throws {
        let session = try play()
        #expect(session.state.stageTasks == [.negotiation, .signing])
        let skipped = try play("2")
        #expect(summary(skipped.events(rule: "stage.out_of_order")) == ["stage.out_of_order:-2"])
        let inOrder = try play("1", "1")
        #expect(summary(inOrder.state.events.filter { $0.dimension == .stage }) == ["stage.in_sync:+2", "stage.in_sync:+2"])
    }

    @Test func presentingBeforeTheNeedIsEstablishedCostsInDiscovery() throws {
        let session = try play("1", "2")
        #expect(summary(session.events(rule: "discovery.pitch_before_need")) == ["discovery.pitch_before_need:-2"])
        #expect(session.events(rule: "discovery.pitch_before_need").first?.dimension == .discovery)
    }

    @Test func presentingOnceTheNeedIsKnownOrAskingAboutItCostsNothing() {
        var known = FactTable()
        #expect(DiscoveryRule.pitchBeforeNeed(step: .solution, task: nil, reveals: FactTable(), known: known, language: .en).count == 1)
        #expect(DiscoveryRule.pitchBeforeNeed(step: nil, task: .solutionDemo, reveals: FactTable(), known: known, language: .en).count == 1)
        var asked = FactTable()
        asked[.need] = "yes"
        #expect(DiscoveryRule.pitchBeforeNeed(step: .solution, task: .needsAnalysis, reveals: asked, known: known,
                                              language: .en).isEmpty)
        known[.need] = "yes"
        #expect(DiscoveryRule.pitchBeforeNeed(step: .solution, task: nil, reveals: FactTable(), known: known, language: .en).isEmpty)
        #expect(DiscoveryRule.pitchBeforeNeed(step: .proof, task: .technicalExchange, reveals: FactTable(), known: FactTable(),
                                              language: .en).isEmpty)
    }
}
