import Foundation
import SalesMethod
@testable import SparKit
import Testing

/// The shipped scenarios judge as the method does where the rules alone cannot: what a customer
/// plainly says is known, and an agreed next step at a first visit is a close.
@Suite struct ShippedScenarioJudgementTests {
    func shipped(_ path: String) throws -> Scenario {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scenarios/\(path)").path
        return try #require(ScenarioLoader.load(contentsOfFile: file).scenario)
    }

    /// components-first-visit: the signal at 刘经理's board was missed and he only asked for the
    /// datasheets, yet at parting 下周二上午十点，我带样品和资料过来 — 行，下周二见: a next meeting agreed.
    @Test func anAgreedVisitAtPartingEndsAsANextMeeting() throws {
        var session = Session(scenario: try shipped("zh/components-first-visit.yaml"), startNode: "liu_board_missed")
        _ = session.begin()
        for input in ["2", "1", "skip", "skip", "skip", "1", "1"] { _ = session.handle(input) }
        let ending = try #require(session.state.ending)
        #expect(ending.node == "end_next_meeting")
        #expect(ending.outcome == .nextMeeting)
        #expect(session.events(rule: "closing.no_close").isEmpty)
    }

    @Test func aNeedTheCustomerStatesIsKnownWithoutTheTraineeAsking() throws {
        // 陈姐: 烧烤店、夜宵摊老问咱们有没有大瓶的 — and the trainee pulls out the price list instead of asking.
        var session = Session(scenario: try shipped("zh/channel-upsell.yaml"), startNode: "chen_joins")
        _ = session.begin()
        #expect(session.state.known.accountFacts.need == .yes)
    }

    @Test(arguments: ["en/saas-renewal.yaml", "en/channel-upsell-en.yaml"])
    func valueTheCustomerShowsIsKnown(_ path: String) throws {
        var session = Session(scenario: try shipped(path))
        _ = session.begin()
        #expect(session.state.known.accountFacts.seesValue == .yes)
    }

    @Test(arguments: [("zh/valve-retrofit.yaml", "li_nods"), ("en/saas-renewal.yaml", "dana_nods"),
                      ("zh/audit-cold-call.yaml", "liu_relaxes"), ("en/audit-cold-call-en.yaml", "tom_relaxes")])
    func anAcknowledgedBenefitIsASignal(_ path: String, _ node: String) throws {
        #expect(try shipped(path).node(node)?.signals.contains(.agreesBenefit) == true)
    }
}
