import SalesMethod
@testable import SparKit
import Testing

/// docs/method.md, classification: "not yet known" scores fully only when the answer names a fact
/// that is still missing — a hedged reason or a fact's name beside a doubt.
@Suite struct UnknownFactReadingTests {
    func facts(_ input: String) -> [AccountFact] {
        UnknownFactReading(input, hedged: AnswerParsing.classificationReading(input).hedged).facts
    }

    @Test func aDoubtedFactIsNamedAsMissing() {
        #expect(facts("尚不能判断 预算还不清楚") == [.canPay])
        #expect(facts("尚不能判断，第一KP还没确认") == [.kp])
        #expect(facts("not yet known, budget unknown") == [.canPay])
        #expect(facts("not yet known: not sure who decides") == [.kp])
        // A claim is not a doubt: "has a need" names nothing missing.
        #expect(facts("尚不能判断 有需求").isEmpty)
        // Words apart are claims apart: the doubt of one does not reach its neighbour.
        #expect(facts("尚不能判断 有需求 预算不清楚") == [.canPay])
        #expect(facts("未知 第一KP 有需求 钱不确定") == [.canPay])
    }

    /// The mini scenario's checkpoint comes with only the need known: kp, means and value are missing.
    func classify(_ answer: String) throws -> [String] {
        var session = Session(scenario: try miniScenario())
        _ = session.begin()
        _ = session.handle("1")
        let events = session.handle(answer)
        #expect(!events.contains { if case .notice = $0 { true } else { false } }, "\(events)")
        return summary(session.state.events.filter { $0.dimension == .classification })
    }

    @Test func atACheckpointNamingTheMissingFactScoresFully() throws {
        #expect(try classify("尚不能判断 预算还不清楚") == ["classification.right:+3", "classification.missing_named:+1"])
        #expect(try classify("not yet known, budget unknown") == ["classification.right:+3", "classification.missing_named:+1"])
        #expect(try classify("尚不能判断") == ["classification.right:+3", "classification.missing_unnamed:-1"])
    }
}
