import SalesMethod
@testable import SparKit
import Testing

/// docs/method.md, "Critical errors": a D judged A, a classification checkpoint answered wrong and a
/// signing with no sponsor are named on the scorecard and block a pass unless the scenario relaxes it;
/// a checkpoint never reached shows "not reached", not 0%.
@Suite struct CriticalErrorTests {
    func event(_ dimension: ScoreDimension, _ points: Int, rule: String) -> ScoreEvent {
        ScoreEvent(dimension: dimension, points: points, rule: rule, reason: rule)
    }

    func card(_ events: [ScoreEvent], relaxed: Bool = false) throws -> Scorecard {
        var scenario = try miniScenario()
        scenario.settings.criticalErrorsBlockPass = !relaxed
        var state = SessionState(node: "metrics", known: FactTable(), variables: [:])
        state.events = events
        return Scorecard(state: state, scenario: scenario,
                         best: BestScores(points: [.stage: 2], total: 2, exhaustive: true))
    }

    @Test func aDJudgedAAndAWrongCheckpointAreNamed() throws {
        var state = SessionState(node: "metrics", known: FactTable(), variables: [:])
        state.events = [event(.classification, -5, rule: "classification.d_as_a"),
                        event(.classification, -3, rule: "classification.wrong")]
        #expect(CriticalError.found(in: state, scenario: try miniScenario()) == [.dJudgedA, .wrongClassification])
        state.events = [event(.classification, 3, rule: "classification.right")]
        #expect(CriticalError.found(in: state, scenario: try miniScenario()).isEmpty)
    }

    @Test func aCriticalErrorBlocksAPassAtAnyScore() throws {
        let events = [event(.stage, 2, rule: "stage.in_sync"), event(.classification, -3, rule: "classification.wrong")]
        let blocked = try card(events)
        #expect(blocked.overall == 100)
        #expect(blocked.criticalErrors == [.wrongClassification])
        #expect(!blocked.passed)
        // A scenario may relax it: the error is still named, the score decides.
        let relaxed = try card(events, relaxed: true)
        #expect(relaxed.criticalErrors == [.wrongClassification])
        #expect(relaxed.passed)
        #expect(try card([event(.stage, 2, rule: "stage.in_sync")]).passed)
    }

    @Test func signingWithNoSponsorIsCritical() throws {
        let scenario = try requireScenario("""
        id: nosponsor
        title: 没有赞助者
        meeting: { minutes: 10, closing_window: 10 }
        contacts:
          li: { name: 李工, role: evaluator, attitude: neutral, style: analytical }
        settings: { require_sponsor: false }
        start: a
        nodes:
          a:
            speaker: li
            line: 可以签了。
            signals: [asks_price]
            choices:
              - { say: 那就签吧。, close: direct_request, goto: signed }
          signed:
            end: signed
        """)
        var session = Session(scenario: scenario)
        _ = session.begin()
        _ = session.handle("1")
        #expect(session.state.ending?.outcome == .signed)
        #expect(CriticalError.found(in: session.state, scenario: scenario) == [.signedWithoutSponsor])
    }

    /// mini.yaml: conceding at once (choice 2) loses before the classify checkpoint; exploring
    /// (choice 1) reaches it, and a wrong class there is a critical error.
    @Test func aCheckpointNeverReachedIsNotReachedNotZero() throws {
        let scenario = try miniScenario()
        let best = ScoreSearch.best(for: scenario)
        var lost = Session(scenario: scenario)
        _ = lost.begin()
        _ = lost.handle("2")
        _ = lost.handle("1")
        #expect(lost.isFinished)
        let lostCard = Scorecard(state: lost.state, scenario: scenario, best: best)
        let classification = try #require(lostCard.dimensions.first { $0.dimension == .classification })
        #expect(!classification.reached)
        #expect(classification.percent == nil)
        #expect(lostCard.dimensionPercents["classification"] == nil)
        #expect(ScorecardView(lostCard, feedback: [], showFeedback: false, language: .en).dimensions
            .contains { $0.notReached })

        var wrong = Session(scenario: scenario)
        _ = wrong.begin()
        _ = wrong.handle("1")
        _ = wrong.handle("A")
        let wrongCard = Scorecard(state: wrong.state, scenario: scenario, best: best)
        #expect(wrongCard.dimensions.first { $0.dimension == .classification }?.reached == true)
        #expect(wrongCard.criticalErrors == [.wrongClassification])
        #expect(!wrongCard.passed)
        #expect(ScorecardView(wrongCard, feedback: [], showFeedback: false, language: .zh).criticalErrors
            == ["分类检查点判断错误"])
    }
}
