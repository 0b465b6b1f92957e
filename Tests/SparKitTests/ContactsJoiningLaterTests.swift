import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// `joins: NODE` on a contact: someone who comes into the meeting later is briefed as such, and
/// play says when they come in.
@Suite struct ContactsJoiningLaterTests {
    static func yaml(joins: String) -> String {
        """
        id: t
        title: 测试
        meeting: { minutes: 30, closing_window: 10 }
        contacts:
          li: { name: 李工, title: 设备科科长, role: evaluator, attitude: supporter, style: analytical }
          wang: { name: 王总, title: 副总经理, role: approver, attitude: sponsor, style: driver, joins: \(joins) }
        start: a
        nodes:
          a:
            speaker: li
            line: 你好
            choices:
              - { say: 您好，李工。, goto: b }
          b:
            speaker: wang
            line: 我来晚了。
            choices:
              - { say: 王总好。, goto: a }
              - { say: 那我们签约吧。, close: direct_request, goto: c }
          c:
            end: signed
        """
    }

    @Test func theBriefingListsWhoJoinsLaterApart() throws {
        let scenario = try #require(loadScenario(yaml: Self.yaml(joins: "b")).scenario)
        let zh = Wording(.zh).introduction(to: scenario, mode: .practice).map(\.text)
        #expect(zh.contains("在场：李工（设备科科长）"), "\(zh)")
        #expect(zh.contains("稍后加入：王总（副总经理）"), "\(zh)")
        let en = Wording(.en).introduction(to: scenario, mode: .practice).map(\.text)
        #expect(en.contains("Joining later: 王总 (副总经理)"), "\(en)")
    }

    @Test func playSaysOnceWhenTheyComeIn() throws {
        let scenario = try #require(loadScenario(yaml: Self.yaml(joins: "b")).scenario)
        var session = Session(scenario: scenario)
        let opening = session.begin()
        #expect(!opening.contains { if case .notice(.joined) = $0 { true } else { false } })
        let arrival = session.handle("1")
        let joined = arrival.compactMap { event -> Contact? in if case .notice(.joined(let contact)) = event { contact } else { nil } }
        #expect(joined.map(\.id) == ["wang"])
        // The notice comes before the newcomer speaks.
        let noticeIndex = try #require(arrival.firstIndex { if case .notice(.joined) = $0 { true } else { false } })
        let lineIndex = try #require(arrival.firstIndex { if case .customerSays = $0 { true } else { false } })
        #expect(noticeIndex < lineIndex)
        _ = session.handle("1")   // back to a
        let again = session.handle("1")   // b a second time
        #expect(!again.contains { if case .notice(.joined) = $0 { true } else { false } })
        #expect(Wording(.zh).notice(.joined(joined[0])) == "王总（副总经理）加入了会谈。")
    }

    @Test func aJoinsNodeThatDoesNotExistIsALocatedErrorWithASuggestion() throws {
        let result = loadScenario(yaml: Self.yaml(joins: "bb"))
        #expect(result.scenario == nil)
        let error = try #require(result.diagnostics.first { $0.code == .unresolvedGoto }, "\(result.diagnostics.map(\.description))")
        #expect(error.message.contains("contact 'wang' joins at a node that does not exist: 'bb'; did you mean 'b'?"), "\(error.message)")
        #expect(error.location.line == 6)
    }
}
