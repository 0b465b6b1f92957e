import SalesMethod
@testable import SparKit
import Testing

/// docs/method.md "Scoring rules", discovery row: +1 for each fact a choice newly reveals; 0 for one already known.
@Suite struct DiscoveryRuleTests {
    func score(_ reveals: [AccountFact: String], known: [AccountFact: String] = [:]) -> [Award] {
        DiscoveryRule.score(reveals: FactTable(reveals), known: FactTable(known), language: .zh)
    }

    @Test func aNewlyRevealedFactScoresOne() {
        let awards = score([.need: "yes"])
        #expect(summary(awards) == ["discovery.fact:+1"])
        #expect(awards.first?.dimension == .discovery)
        #expect(awards.first?.reason.contains("需求") == true)
    }

    /// Every fact of the table counts: need, can_pay, sees_value, kp, budget, timeline, decision process, competitor.
    @Test(arguments: AccountFact.allCases)
    func everyKindOfFactCounts(fact: AccountFact) {
        let value = fact == .kp ? "first" : (fact.decidesClass ? "yes" : "某个值")
        #expect(summary(score([fact: value])) == ["discovery.fact:+1"])
    }

    @Test func eachFactCountsSeparately() {
        #expect(score([.canPay: "yes", .kp: "first", .budget: "50万"]).map(\.points) == [1, 1, 1])
    }

    @Test func anAlreadyKnownFactScoresNothing() {
        #expect(score([.need: "yes"], known: [.need: "yes"]).isEmpty)
        #expect(summary(score([.need: "yes", .budget: "50万"], known: [.need: "yes"])) == ["discovery.fact:+1"])
    }

    @Test func revealingUnknownIsNotADiscovery() {
        #expect(score([.need: "unknown"]).isEmpty)
        // A fact known only as "unknown" becomes a discovery when its value is found.
        #expect(summary(score([.need: "no"], known: [.need: "unknown"])) == ["discovery.fact:+1"])
    }

    /// mini.yaml: the first answer reveals need (+1), the close reveals can_pay and kp (+2).
    @Test func sessionScoresRevealsOnce() throws {
        var session = Session(scenario: try miniScenario())
        _ = session.begin()
        _ = session.handle("1")
        #expect(session.state.points(in: .discovery) == 1)
        #expect(session.state.known[.need] == "yes")
        _ = session.handle("未知")
        _ = session.handle("1")
        #expect(session.state.points(in: .discovery) == 3)
        #expect(session.state.known[.kp] == "first")
    }
}
