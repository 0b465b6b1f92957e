import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// docs/method.md "Scoring rules", closing rows: close after a signal or a removed objection +3;
/// in the closing window without a signal +1; premature −2; a missed signal −1; no close attempt
/// in the window by the end −3 and outcome `follow_up`.
@Suite struct ClosingRuleTests {
    func score(_ close: ClosingTechnique?, _ opportunity: CloseOpportunity?, inWindow: Bool) -> [Award] {
        ClosingRule.score(close: close, opportunity: opportunity, inWindow: inWindow, language: .zh)
    }

    @Test(arguments: [false, true])
    func closingRightAfterASignalScoresThree(inWindow: Bool) {
        let awards = score(.assumptive, .signals([.asksDelivery]), inWindow: inWindow)
        #expect(summary(awards) == ["closing.on_signal:+3"])
        #expect(awards.first?.dimension == .closing)
        #expect(awards.first?.reason.contains(BuyingSignal.asksDelivery.name.zh) == true)
    }

    @Test(arguments: [false, true])
    func closingRightAfterARemovedObjectionScoresThree(inWindow: Bool) {
        #expect(summary(score(.directRequest, .objectionRemoved, inWindow: inWindow)) == ["closing.after_objection:+3"])
    }

    @Test func closingInTheWindowWithoutASignalScoresOne() {
        let awards = score(.directRequest, nil, inWindow: true)
        #expect(summary(awards) == ["closing.in_window:+1"])
        #expect(awards.first?.reason.contains("要敢于成交") == true)
    }

    @Test(arguments: ClosingTechnique.allCases)
    func closingWithNothingToGoOnOutsideTheWindowIsPremature(close: ClosingTechnique) {
        #expect(summary(score(close, nil, inWindow: false)) == ["closing.premature:-2"])
    }

    @Test func aSignalLeftUnansweredCostsOne() {
        let awards = score(nil, .signals([.leansForward, .asksDelivery]), inWindow: false)
        #expect(summary(awards) == ["closing.missed_signal:-1"])
        #expect(awards.first?.reason.contains("错过购买信号") == true)
        #expect(summary(score(nil, .signals([.nods]), inWindow: true)) == ["closing.missed_signal:-1"])
    }

    @Test func noCloseAndNoSignalScoresNothing() {
        #expect(score(nil, nil, inWindow: false).isEmpty)
        #expect(score(nil, nil, inWindow: true).isEmpty)
        // Not closing after a removed objection is a missed chance, not a penalty.
        #expect(score(nil, .objectionRemoved, inWindow: false).isEmpty)
    }

    @Test func noCloseAtTheEndCostsThreeAndNamesTheChance() {
        let award = ClosingRule.noCloseAtEnd(chance: 0.10, language: .zh)
        #expect(summary([award]) == ["closing.no_close:-3"])
        #expect(award.dimension == .closing)
        #expect(award.reason.contains("10%"))
        #expect(ClosingRule.noCloseAtEnd(chance: 0.25, language: .en).reason.contains("25%"))
    }

    // MARK: - In play

    static let clockYAML = """
    id: clock
    title: 成交窗口
    meeting: { minutes: 30, closing_window: 10 }
    contacts:
      wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
    start: a
    nodes:
      a:
        speaker: wang
        line: 说说看。
        minutes: 10
        choices:
          - { say: 我们下次再详谈。, goto: b }
          - { say: 那今天就签了吧。, close: direct_request, goto: b }
      b:
        speaker: wang
        line: 好的。
        minutes: 15
        choices:
          - { say: 好，下次见。, goto: signed }
          - { say: 今天就定下来吧？, close: direct_request, goto: signed }
          - { say: 那就算了。, goto: lost }
          - { say: 下周再约。, goto: again }
          - { say: 下周二上午十点，我带样品过来。, next_step: true, goto: again }
      signed:
        end: signed
      lost:
        end: lost
      again:
        end: next_meeting
    """

    func play(_ inputs: String...) throws -> Session {
        var session = Session(scenario: try requireScenario(Self.clockYAML))
        _ = session.begin()
        for input in inputs { _ = session.handle(input) }
        return session
    }

    @Test func endingWithNoCloseAttemptCostsThreeAndBecomesFollowUp() throws {
        let session = try play("1", "1")
        #expect(summary(session.events(rule: "closing.no_close")) == ["closing.no_close:-3"])
        #expect(session.state.events.first { $0.rule == "closing.no_close" }?.turn == 2)
        let ending = try #require(session.state.ending)
        #expect(ending.outcome == .followUp)
        #expect(ending.adjustments.count == 1)
        #expect(ending.adjustments.first?.contains("10%") == true)
    }

    @Test func aNextMeetingWithNoCloseAttemptBecomesFollowUp() throws {
        let session = try play("1", "4")
        #expect(session.state.ending?.outcome == .followUp)
        #expect(summary(session.events(rule: "closing.no_close")) == ["closing.no_close:-3"])
    }

    @Test func aLostMeetingStaysLost() throws {
        let session = try play("1", "3")
        #expect(session.state.ending?.outcome == .lost)
    }

    /// The customer broke the meeting off: no last minutes to close in, nothing for follow-up to
    /// rescue, so no "−3, follow-up signs ~10%".
    @Test func aMeetingTheCustomerBrokeOffIsNotScoredForNoClose() throws {
        let session = try play("1", "3")
        #expect(session.events(rule: "closing.no_close").isEmpty)
        #expect(session.state.ending?.adjustments.isEmpty == true)
    }

    /// "下周二上午十点，我带样品过来" — "行": at a first visit the agreed next step is the close.
    @Test func anAgreedNextStepIsACloseAndTheMeetingEndsWithANextMeeting() throws {
        let session = try play("1", "5")
        #expect(summary(session.state.events.filter { $0.dimension == .closing }) == ["closing.in_window:+1"])
        #expect(session.state.events.first { $0.dimension == .closing }?.args?["technique"] == "assumptive")
        #expect(session.state.ending?.outcome == .nextMeeting)
        #expect(session.state.ending?.adjustments.isEmpty == true)
        // The same words without next_step are no close: −3, and follow-up.
        #expect(try play("1", "4").state.ending?.outcome == .followUp)
    }

    @Test func aCloseInTheWindowKeepsTheSignedOutcome() throws {
        // Minute 25 of 30 with a 10-minute window: in the window, no signal.
        let session = try play("1", "2")
        #expect(summary(session.state.events.filter { $0.dimension == .closing }) == ["closing.in_window:+1"])
        #expect(session.state.ending?.outcome == .signed)
        #expect(session.state.ending?.adjustments.isEmpty == true)
    }

    @Test func anEarlyCloseDoesNotCountForTheWindow() throws {
        // Closing at minute 10 is premature, and the meeting still ends with no close in its last 10 minutes.
        let session = try play("2", "1")
        #expect(summary(session.state.events.filter { $0.dimension == .closing })
            == ["closing.premature:-2", "closing.no_close:-3"])
        #expect(session.state.ending?.outcome == .followUp)
    }

    @Test func inWindowReasonNamesTheScenariosWindow() throws {
        // This scenario's window is 10 minutes; telling the trainee "the last 20 minutes" is wrong.
        let session = try play("1", "2")
        let reason = try #require(session.events(rule: "closing.in_window").first?.reason)
        #expect(reason.contains("最后10分钟"))
    }

    static let signalsYAML = """
    id: signals
    title: 信号
    meeting: { minutes: 60, closing_window: 20 }
    contacts:
      wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
    start: a
    nodes:
      a:
        speaker: wang
        line: 太贵了。
        objection: price
        choices:
          - { say: 您主要和谁比较？, handles: explore, goto: b }
      b:
        speaker: wang
        line: 和另一家。
        choices:
          - { say: 我们的总成本更低。, handles: respond, goto: c }
      c:
        speaker: wang
        resolves: price      # the customer accepts the answer
        line: 有道理。
        choices:
          - { say: 那我们就定下来吧？, close: direct_request, goto: d }
          - { say: 我再介绍一下售后。, goto: d }
      d:
        speaker: wang
        line: 交货期多久？
        signals: [asks_delivery]
        choices:
          - { say: 两周。今天签的话下个月就能用上。, close: assumptive, goto: done }
          - { say: 我们的产品很好。, goto: done }
      done:
        end: next_meeting
    """

    @Test func inPlayCloseAfterTheRemovedObjectionAndAfterTheSignal() throws {
        var session = Session(scenario: try requireScenario(Self.signalsYAML))
        _ = session.begin()
        for input in ["1", "1", "1", "1"] { _ = session.handle(input) }
        #expect(summary(session.state.events.filter { $0.dimension == .closing })
            == ["closing.after_objection:+3", "closing.on_signal:+3"])
        #expect(session.state.ending?.outcome == .nextMeeting)
    }

    @Test func inPlayASignalLeftUnanswered() throws {
        var session = Session(scenario: try requireScenario(Self.signalsYAML))
        _ = session.begin()
        for input in ["1", "1", "2", "2"] { _ = session.handle(input) }
        #expect(summary(session.state.events.filter { $0.dimension == .closing })
            == ["closing.missed_signal:-1", "closing.no_close:-3"])
        #expect(session.state.ending?.outcome == .followUp)
    }

    /// mini.yaml: the metrics node's signals (leans forward, asks delivery) answered with an assumptive close.
    @Test func miniClosesOnTheSignal() throws {
        var session = Session(scenario: try miniScenario())
        _ = session.begin()
        for input in ["1", "未知", "1"] { _ = session.handle(input) }
        #expect(summary(session.state.events.filter { $0.dimension == .closing }) == ["closing.on_signal:+3"])
    }
}
