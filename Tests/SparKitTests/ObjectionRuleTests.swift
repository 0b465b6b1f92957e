import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// docs/method.md "Scoring rules", objection rows: acknowledge/explore before respond +2 (once);
/// respond with no explore −1; argue −2; concede at once −2.
@Suite struct ObjectionRuleTests {
    let open = ObjectionProgress(kind: .price)
    let explored = ObjectionProgress(kind: .price, explored: true)

    func score(_ handles: ObjectionHandling?, close: ClosingTechnique? = nil,
               _ progress: ObjectionProgress?) -> ObjectionRule.Outcome {
        ObjectionRule.score(handles: handles, close: close, progress: progress, language: .zh)
    }

    @Test(arguments: [ObjectionHandling.acknowledge, .explore])
    func acknowledgingOrExploringFirstScoresTwo(handles: ObjectionHandling) {
        let outcome = score(handles, open)
        #expect(summary(outcome.awards) == ["objection.laer:+2"])
        #expect(outcome.awards.first?.dimension == .objection)
        #expect(outcome.awards.first?.reason.contains("LAER") == true)
        #expect(outcome.progress == ObjectionProgress(kind: .price, explored: true))
        #expect(!outcome.removed)
    }

    @Test func exploringAgainScoresNothingMore() {
        #expect(score(.explore, explored).awards.isEmpty)
        #expect(score(.acknowledge, explored).awards.isEmpty)
    }

    @Test func respondingAfterExploringRemovesTheObjection() {
        let outcome = score(.respond, explored)
        #expect(outcome.awards.isEmpty)
        #expect(outcome.progress == nil)
        #expect(outcome.removed)
    }

    @Test func respondingWithoutExploringCostsOne() {
        let outcome = score(.respond, open)
        #expect(summary(outcome.awards) == ["objection.unexplored:-1"])
        #expect(outcome.progress == nil)
        // A badly handled objection is no moment to close.
        #expect(!outcome.removed)
    }

    @Test func arguingCostsTwoEvenAfterExploring() {
        for progress in [open, explored] {
            let outcome = score(.argue, progress)
            #expect(summary(outcome.awards) == ["objection.argue:-2"])
            #expect(outcome.progress == progress, "the objection stays open")
            #expect(!outcome.removed)
        }
    }

    @Test func concedingAtOnceCostsTwo() {
        let outcome = score(.concede, open)
        #expect(summary(outcome.awards) == ["objection.concede:-2"])
        #expect(outcome.progress == nil)
        #expect(!outcome.removed)
    }

    @Test func concedingAfterExploringIsNotPenalised() {
        let outcome = score(.concede, explored)
        #expect(outcome.awards.isEmpty)
        #expect(outcome.removed)
    }

    @Test func aConcessionCloseOnAnUnexploredObjectionIsConcedingAtOnce() {
        let outcome = score(nil, close: .concession, open)
        #expect(summary(outcome.awards) == ["objection.concede:-2"])
        #expect(outcome.progress == nil)
        // After exploring, a concession close is a close like any other.
        #expect(score(nil, close: .concession, explored).awards.isEmpty)
        // Other closes do not concede.
        #expect(score(nil, close: .assumptive, open).awards.isEmpty)
    }

    @Test func listeningScoresNothing() {
        let outcome = score(.listen, open)
        #expect(outcome.awards.isEmpty)
        #expect(outcome.progress == open)
    }

    @Test func noOpenObjectionNoScore() {
        for handles in ObjectionHandling.allCases {
            let outcome = score(handles, close: .concession, nil)
            #expect(outcome.awards.isEmpty, "\(handles)")
            #expect(outcome.progress == nil)
            #expect(!outcome.removed)
        }
    }

    /// mini.yaml: "我们可以给您打九折" (`close: concession`) answers the open price objection at once.
    @Test func sessionPenalisesAConcessionCloseOnTheOpenObjection() throws {
        var session = Session(scenario: try miniScenario())
        _ = session.begin()
        _ = session.handle("2")
        #expect(summary(session.events(rule: "objection.concede")) == ["objection.concede:-2"])
        #expect(session.state.objection == nil)
    }

    /// mini.yaml: exploring the price objection scores +2 once and keeps it open.
    @Test func sessionScoresExploringTheOpenObjection() throws {
        var session = Session(scenario: try miniScenario())
        _ = session.begin()
        _ = session.handle("1")
        #expect(summary(session.events(rule: "objection.laer")) == ["objection.laer:+2"])
        #expect(session.state.objection == ObjectionProgress(kind: .price, explored: true))
    }

    /// The whole LAER sequence in play: explore +2, then respond with no penalty.
    @Test func exploreThenRespondInPlay() throws {
        let scenario = try requireScenario("""
        id: laer
        title: LAER
        contacts:
          li: { name: 李工, role: evaluator, attitude: neutral, style: analytical }
        start: a
        nodes:
          a:
            speaker: li
            line: 太贵了。
            objection: price
            choices:
              - { say: 您是和哪家比较的？, handles: explore, goto: b }
              - { say: 我们的质量更好。, handles: respond, goto: b }
              - { say: 不贵，您算错了。, handles: argue, goto: b }
          b:
            speaker: li
            line: 和另一家比。
            choices:
              - { say: 看总拥有成本，我们更低。, handles: respond, goto: c }
          c:
            end: lost
        """)
        var good = Session(scenario: scenario)
        _ = good.begin()
        _ = good.handle("1")
        _ = good.handle("1")
        #expect(summary(good.state.events.filter { $0.dimension == .objection }) == ["objection.laer:+2"])

        var hasty = Session(scenario: scenario)
        _ = hasty.begin()
        _ = hasty.handle("2")
        #expect(summary(hasty.state.events.filter { $0.dimension == .objection }) == ["objection.unexplored:-1"])

        var argues = Session(scenario: scenario)
        _ = argues.begin()
        _ = argues.handle("3")
        _ = argues.handle("1")
        #expect(summary(argues.state.events.filter { $0.dimension == .objection })
            == ["objection.argue:-2", "objection.unexplored:-1"])
    }
}
