import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// Replay and resume feed a transcript's recorded inputs to a fresh session: those inputs alone
/// must rebuild the state, including after the inputs that leave no record of their own.
@Suite struct JournalRebuildsStateTests {
    static let twoSimilarChoices = """
    id: t
    title: 测试
    meeting: { minutes: 30, closing_window: 10 }
    contacts:
      wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
    start: a
    nodes:
      a:
        speaker: wang
        line: 你好
        choices:
          - say: 我们先谈谈价格方案
            goto: b
          - say: 我们先谈谈交货方案
            goto: b
          - say: 告辞
            goto: b
      b:
        end: lost
    """

    /// Plays `inputs`, then feeds the journal's inputs to a fresh session: both states must agree.
    func expectJournalRebuilds(_ scenario: Scenario, _ inputs: [String], mode: SessionMode = .practice,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var played = Session(scenario: scenario, mode: mode)
        _ = played.begin()
        for input in inputs { _ = played.handle(input) }
        var rebuilt = Session(scenario: scenario, mode: mode)
        _ = rebuilt.begin()
        for record in played.journal { if let input = record.input { _ = rebuilt.handle(input) } }
        #expect(rebuilt.state == played.state, sourceLocation: sourceLocation)
        #expect(rebuilt.journal == played.journal, sourceLocation: sourceLocation)
    }

    @Test func aPracticeClassificationTypedAsACommandIsRecordedAsOne() throws {
        var session = try Session(scenario: miniScenario())
        _ = session.begin()
        _ = session.handle("/classify B 第二KP 有需求")
        #expect(session.journal.last?.input == "/classify B 第二KP 有需求")
        try expectJournalRebuilds(miniScenario(), ["/classify B 第二KP 有需求", "1"])
    }

    @Test func aBareClassifyThenTheAnswerIsRecordedAsOneCommand() throws {
        var session = try Session(scenario: miniScenario())
        _ = session.begin()
        _ = session.handle("/classify")
        _ = session.handle("C 有需求")
        #expect(session.journal.map(\.input) == ["/classify C 有需求"])
        try expectJournalRebuilds(miniScenario(), ["/classify", "C 有需求", "1", "未知", "/classify 未知", "2"])
    }

    @Test func aNumberOutOfRangeLeavesWhichDidYouMeanOpen() throws {
        let scenario = try requireScenario(Self.twoSimilarChoices)
        var session = Session(scenario: scenario)
        _ = session.begin()
        let asked = session.handle("我们先谈谈方案")
        #expect(asked.contains { if case .whichDidYouMean = $0 { true } else { false } })
        guard case .clarify(let numbers)? = session.state.pending else {
            Issue.record("expected a which-did-you-mean question, got \(String(describing: session.state.pending))")
            return
        }
        #expect(session.handle("9").notices == [.numberOutOfRange(9, max: 3)])
        #expect(session.state.pending == .clarify(numbers))
        expectJournalRebuilds(scenario, ["我们先谈谈方案", "9", "1"])
    }

    @Test func checkpointsCommandsAndUndoRebuild() throws {
        let scenario = try miniScenario()
        expectJournalRebuilds(scenario, ["/hint", "/notes 先问指标", "2", "/back", "1", "/status", "B 第一KP 有需求",
                                         "/map 王总 批准者 赞助者 控制型", "/restart", "1", "未知", "1"])
        expectJournalRebuilds(scenario, ["看重什么指标", "未知", "两周到货，今天定下来"], mode: .exam)
    }
}
