import SalesMethod
@testable import SparKit
import Testing

/// Authors add `score: {dimension: ±n}` to a choice, on top of the method's rules (docs/scenario-format.md).
@Suite struct AuthorScoreRuleTests {
    @Test func eachDimensionGetsTheAuthorsPointsInDimensionOrder() {
        let awards = AuthorScoreRule.score([.rapport: -1, .closing: 2], feedback: "好的收尾", language: .zh)
        #expect(summary(awards) == ["author.score:+2", "author.score:-1"])
        #expect(awards.map(\.dimension) == [.closing, .rapport])
        #expect(awards.allSatisfy { $0.reason == "好的收尾" })
    }

    @Test func zeroPointsAreNotAnEvent() {
        #expect(AuthorScoreRule.score([.stage: 0], feedback: nil, language: .zh).isEmpty)
    }

    @Test func withoutFeedbackTheReasonSaysItIsTheAuthors() {
        #expect(AuthorScoreRule.score([.stage: 1], feedback: nil, language: .zh).first?.reason == "场景作者评分")
        #expect(AuthorScoreRule.score([.stage: 1], feedback: nil, language: .en).first?.reason == "scenario author's score")
    }

    @Test func sessionAddsTheAuthorsScore() throws {
        let scenario = try requireScenario("""
        id: author
        title: 作者评分
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
        start: a
        nodes:
          a:
            speaker: wang
            line: 你好。
            choices:
              - say: 您好，王总。
                score: { rapport: 2, discovery: -1 }
                feedback: 称呼得体。
                goto: b
          b:
            end: lost
        """)
        var session = Session(scenario: scenario)
        _ = session.begin()
        let events = session.handle("1")
        #expect(summary(session.events(rule: "author.score")) == ["author.score:-1", "author.score:+2"])
        #expect(session.state.points(in: .rapport) == 2)
        #expect(events.contains(.feedback("称呼得体。")))
    }
}
