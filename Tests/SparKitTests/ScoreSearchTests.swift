import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// The best reachable per dimension (the denominator of every scorecard percentage).
@Suite struct ScoreSearchTests {
    /// mini.yaml by hand, from the rules in docs/method.md:
    ///
    /// opening (investigation / evaluation, price objection, 5 min):
    ///   1. technical_exchange + proof + explore + reveals need:
    ///      stage +2 (in stage) +1 (proof at evaluation) = 3; objection +2 (LAER); discovery +1.
    ///      → metrics (15 min; signals; ask: classify). Only `need` is known, so the perfect
    ///      answer is "not yet known", naming a missing fact: classification +3 +1.
    ///      metrics 1. assumptive close on the signals: closing +3; reveals can_pay, kp: discovery +2;
    ///                 suits 王总 (driver): rapport +1. Ends signed (close at minute 15 lies in the
    ///                 last 10 minutes of a meeting that ran 15). Sum 6.
    ///      metrics 2. clashes with the driver: rapport −1; signal missed: closing −1; → later
    ///                 (25 min), next_meeting with no close: closing −3. Sum −5.
    ///   2. concession close on the unexplored objection: objection −2, closing −2 (premature, minute 5);
    ///      → discount (25 min) → lost with no close in the window: closing −3.
    ///
    /// Best per dimension: stage 3, classification 4, discovery 1+2 = 3, objection 2, closing 3,
    /// rapport 1; people = 3 fields × 2 contacts = 6 (a /map is open at any time).
    /// Best total on one road: 3 + 2 + 1 + 4 + 6 = 16 (people is not part of a road).
    @Test func miniBestPerDimensionMatchesTheHandCount() throws {
        let best = ScoreSearch.best(for: try miniScenario())
        #expect(best.points == [.stage: 3, .classification: 4, .people: 6, .discovery: 3,
                                .objection: 2, .closing: 3, .rapport: 1])
        #expect(best.total == 16)
        #expect(best.exhaustive)
    }

    @Test func thePerfectRoadScoresTheBest() throws {
        let scenario = try miniScenario()
        var session = Session(scenario: scenario)
        _ = session.begin()
        for input in ["1", "未知 预算不清楚", "1", "/map 王总 批准者 赞助者 控制型", "/map 李工 评估者 反对者 分析型"] {
            _ = session.handle(input)
        }
        let best = ScoreSearch.best(for: scenario)
        for dimension in ScoreDimension.allCases {
            #expect(session.state.points(in: dimension) == best.points[dimension], "\(dimension)")
        }
        let scorecard = Scorecard(state: session.state, scenario: scenario, best: best)
        #expect(scorecard.overall == 100)
        #expect(scorecard.band == .excellent)
        #expect(scorecard.passed)
    }

    @Test func aScenarioWithALoopTerminates() throws {
        let scenario = try requireScenario("""
        id: loop
        title: 循环
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
        start: a
        nodes:
          a:
            speaker: wang
            line: 再说说？
            choices:
              - { say: 再讲一遍。, score: { rapport: 1 }, goto: b }
              - { say: 结束吧。, goto: done }
          b:
            speaker: wang
            line: 嗯。
            choices:
              - { say: 回到开头。, goto: a }
              - { say: 换个话题。, goto: b }
          done:
            end: lost
        """)
        let best = ScoreSearch.best(for: scenario)
        #expect((best.points[.rapport] ?? 0) >= 1)
        #expect(best.points[.people] == 3)
    }

    @Test func bestIsNeverNegative() throws {
        // Every road costs points: the best is still reported as what the best road gets.
        let scenario = try requireScenario("""
        id: bad
        title: 只有坏选项
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
        start: a
        nodes:
          a:
            speaker: wang
            line: 太贵了。
            objection: price
            choices:
              - { say: 不贵！, handles: argue, goto: done }
          done:
            end: lost
        """)
        let best = ScoreSearch.best(for: scenario)
        #expect(best.points[.objection] == -2)
    }
}
