import SalesMethod
@testable import SparKit
import Testing

/// docs/method.md, "The scorecard": each dimension is achieved ÷ best reachable × 100; overall is their weighted mean;
/// bands ≥90 excellent, 75–89 proficient, 50–74 developing, <50 beginner; pass mark 80.
@Suite struct ScorecardTests {
    @Test(arguments: [(100, Band.excellent), (90, .excellent), (89, .proficient), (75, .proficient),
                      (74, .developing), (50, .developing), (49, .beginner), (0, .beginner)])
    func bands(score: Int, band: Band) {
        #expect(Band(score: score) == band)
    }

    func scorecard(_ events: [ScoreEvent], best: [ScoreDimension: Int], weights: [ScoreDimension: Double] = [:]) throws -> Scorecard {
        var scenario = try miniScenario()
        scenario.settings.weights = weights
        var state = SessionState(node: "opening", known: FactTable(), variables: [:])
        state.events = events
        return Scorecard(state: state, scenario: scenario, best: BestScores(points: best, total: 0, exhaustive: true))
    }

    func event(_ dimension: ScoreDimension, _ points: Int) -> ScoreEvent {
        ScoreEvent(dimension: dimension, points: points, rule: "test", reason: "test")
    }

    @Test func eachDimensionIsAchievedOverBest() throws {
        let card = try scorecard([event(.stage, 3), event(.closing, 1), event(.closing, -2), event(.rapport, 2)],
                                 best: [.stage: 4, .closing: 3, .rapport: 1, .people: 6])
        #expect(card.dimensionPercents == ["stage": 75, "closing": 0, "rapport": 100, "people": 0])
        // Dimensions nothing can score are left out of the mean: (75 + 0 + 100 + 0) / 4.
        #expect(card.overall == 44)
        #expect(card.band == .beginner)
        #expect(!card.passed)
    }

    @Test func weightsShiftTheOverall() throws {
        let card = try scorecard([event(.stage, 2)], best: [.stage: 2, .closing: 2],
                                 weights: [.stage: 3, .closing: 1])
        #expect(card.overall == 75)
        #expect(card.band == .proficient)
    }

    @Test func passMarkIsEighty() throws {
        let card = try scorecard([event(.stage, 4)], best: [.stage: 5])
        #expect(card.overall == 80)
        #expect(card.passed)
        #expect(card.passMark == 80)
    }
}
