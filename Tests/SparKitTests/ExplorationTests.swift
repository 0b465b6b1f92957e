import Foundation
import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// `spar explore`: which endings play can reach and the fewest answers to each, how long
/// meetings run, the best and worst scores with a path to each, how many routes there are, and
/// (given transcripts) what no trainee has played yet.
@Suite struct ExplorationTests {
    /// Five endings: two reachable directly, one whose outcome play adjusts, one behind a
    /// condition that never holds, one nothing leads to.
    static let endings = """
    id: explore
    title: 探索
    meeting: { minutes: 60, closing_window: 20 }
    contacts:
      wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
    start: a
    nodes:
      a:
        speaker: wang
        line: 你好
        minutes: 5
        choices:
          - { say: 介绍方案, minutes: 10, goto: b }
          - { say: 告辞, goto: lost }
      b:
        speaker: wang
        line: 说说看
        minutes: 30
        choices:
          - { say: 今天签吧, close: assumptive, goto: signed }
          - { say: 会议开了很久了, if: "elapsed > 100", goto: guarded }
          - { say: 再聊聊, goto: c }
      c:
        speaker: wang
        line: 还有吗？
        minutes: 5
        choices:
          - { say: 下周再谈, goto: later }
      signed:
        end: signed
      later:
        end: next_meeting
      guarded:
        end: follow_up
      never:
        end: lost
      lost:
        end: lost
    """

    func ending(_ report: ExplorationReport, _ node: String,
                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ExplorationReport.Ending {
        try #require(report.endings.first { $0.node == node }, "no ending \(node)", sourceLocation: sourceLocation)
    }

    // MARK: - Endings

    @Test func everyEndingIsListedInFileOrderWithItsOutcome() throws {
        let report = ExplorationReport(scenario: try requireScenario(Self.endings))
        #expect(report.endings.map(\.node) == ["signed", "later", "guarded", "never", "lost"])
        #expect(report.endings.map(\.outcome) == [.signed, .nextMeeting, .followUp, .lost, .lost])
        #expect(report.exhaustive)
    }

    @Test func reachableEndingsHaveTheShortestPathInChoiceNumbers() throws {
        let report = ExplorationReport(scenario: try requireScenario(Self.endings))
        let lost = try ending(report, "lost")
        #expect(lost.reachable)
        #expect(lost.shortest == 1)
        #expect(lost.path == [2])
        let signed = try ending(report, "signed")
        #expect(signed.reachable)
        #expect(signed.shortest == 2)
        #expect(signed.path == [1, 1])
        // In b the conditional choice is never offered, so "再聊聊" is the trainee's choice 2.
        let later = try ending(report, "later")
        #expect(later.shortest == 3)
        #expect(later.path == [1, 2, 1])
    }

    @Test func endingsPlayCannotReachAreUnreachable() throws {
        let report = ExplorationReport(scenario: try requireScenario(Self.endings))
        for node in ["guarded", "never"] {
            let unreachable = try ending(report, node)
            #expect(!unreachable.reachable, "\(node)")
            #expect(unreachable.shortest == nil)
            #expect(unreachable.path == nil)
            #expect(unreachable.outcomesInPlay.isEmpty)
        }
        #expect(report.text().contains("guarded [follow_up]: UNREACHABLE"))
        #expect(report.text().contains("never [lost]: UNREACHABLE"))
    }

    @Test func outcomesInPlayShowTheMethodsAdjustments() throws {
        let report = ExplorationReport(scenario: try requireScenario(Self.endings))
        // A close in the window keeps the signature.
        #expect(try ending(report, "signed").outcomesInPlay == [.signed])
        // No close before the meeting ends: an agreed next meeting becomes follow-up.
        #expect(try ending(report, "later").outcomesInPlay == [.followUp])
        #expect(try ending(report, "lost").outcomesInPlay == [.lost])
    }

    @Test func meetingLengthRangeSpansTheShortestAndLongestPlay() throws {
        let report = ExplorationReport(scenario: try requireScenario(Self.endings))
        // a (5) → lost: 5 minutes; a (5) + choice (10) + b (30) + c (5) → later: 50 minutes.
        #expect(report.minutes == 5...50)
        #expect(report.text().contains("meeting length: 5–50 minutes"))
    }

    // MARK: - Best and worst

    /// One rapport-scoring choice and one that costs rapport; people is scored by mapping contacts.
    static let scores = """
    id: scores
    title: 分数
    meeting: { minutes: 10, closing_window: 10 }
    contacts:
      wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
    start: a
    nodes:
      a:
        speaker: wang
        line: 你好
        choices:
          - { say: 我们先谈数据, clashes: [driver], goto: b }
          - { say: 直接说结论, suits: [driver], goto: c }
      b:
        speaker: wang
        line: 继续
        choices:
          - { say: 还有更多数据, clashes: [driver], goto: lost }
      c:
        speaker: wang
        line: 好
        choices:
          - { say: 结论就是省钱, suits: [driver], goto: lost }
      lost:
        end: lost
    """

    @Test func bestAndWorstScoresComeWithThePathReachingThem() throws {
        let report = ExplorationReport(scenario: try requireScenario(Self.scores))
        #expect(report.best.path == [2, 1])
        #expect(report.worst.path == [1, 1])
        #expect(report.dimensionBest["rapport"] == ScenarioAnalysis.Extreme(points: 2, path: [2, 1]))
        #expect(report.dimensionWorst["rapport"] == ScenarioAnalysis.Extreme(points: -2, path: [1, 1]))
        // The best play also maps every contact right; the worst maps none.
        #expect(report.best.dimensions["rapport"] == 100)
        #expect(report.best.dimensions["people"] == 100)
        #expect(report.best.overall == 100)
        #expect(report.worst.dimensions["rapport"] == 0)
        #expect(report.worst.dimensions["people"] == 0)
        #expect(report.worst.overall == 0)
        #expect(report.best.outcome == .lost)
        // Closing scores nothing here (no close anywhere): it is left out, not counted as zero.
        #expect(report.best.dimensions["closing"] == nil)
    }

    @Test func bestPathsReplayToTheScoreTheyClaim() throws {
        let scenario = try requireScenario(Self.scores)
        let report = ExplorationReport(scenario: scenario)
        for (path, points) in [(report.dimensionBest["rapport"]!.path, 2), (report.dimensionWorst["rapport"]!.path, -2)] {
            var session = Session(scenario: scenario)
            _ = session.begin()
            for number in path { _ = session.handle(String(number)) }
            #expect(session.isFinished)
            #expect(session.state.points(in: .rapport) == points)
        }
    }

    // MARK: - Counting routes

    static func routes(_ nodes: String) -> String {
        """
        id: routes
        title: 路线
        meeting: { minutes: 10, closing_window: 10 }
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
        start: a
        nodes:
        \(nodes)
        """
    }

    @Test func aDiamondHasTwoRoutes() throws {
        let report = ExplorationReport(scenario: try requireScenario(Self.routes("""
          a:
            choices:
              - { say: 左, goto: left }
              - { say: 右, goto: right }
          left:
            choices:
              - { say: 合, goto: join }
          right:
            choices:
              - { say: 合, goto: join }
          join:
            end: lost
        """)))
        #expect(report.paths == 2)
        #expect(!report.pathsUnbounded)
        #expect(report.nodes == 4)
        #expect(report.choices == 4)
    }

    @Test func diamondsInARowMultiplyAndEndingsOnTheWayAddUp() throws {
        let report = ExplorationReport(scenario: try requireScenario(Self.routes("""
          a:
            choices:
              - { say: 左, goto: l1 }
              - { say: 右, goto: r1 }
              - { say: 走, goto: out }
          l1:
            choices:
              - { say: 合, goto: b }
          r1:
            choices:
              - { say: 合, goto: b }
          b:
            choices:
              - { say: 左, goto: l2 }
              - { say: 右, goto: r2 }
          l2:
            choices:
              - { say: 合, goto: out }
          r2:
            choices:
              - { say: 合, goto: out }
          out:
            end: lost
        """)))
        // 2 × 2 through both diamonds, plus the direct way out.
        #expect(report.paths == 5)
        #expect(!report.pathsUnbounded)
    }

    @Test func aLoopMakesTheRouteCountUnbounded() throws {
        let report = ExplorationReport(scenario: try requireScenario(Self.routes("""
          a:
            choices:
              - { say: 继续, goto: b }
          b:
            choices:
              - { say: 再来一次, goto: a }
              - { say: 结束, goto: out }
          out:
            end: lost
        """)))
        #expect(report.pathsUnbounded)
        #expect(report.text().contains("(more through loops in the node graph)"))
        // Play still ends: the loop is followed a bounded number of times.
        #expect(try ending(report, "out").reachable)
        #expect(try ending(report, "out").path == [1, 2])
    }

    // MARK: - Coverage from transcripts

    /// Plays `answers` on `scenario` and writes the transcript into `folder`, as `spar play` does.
    func writeTranscript(_ scenario: Scenario, answers: [String], into folder: String, name: String) throws {
        var session = Session(scenario: scenario)
        _ = session.begin()
        for answer in answers { _ = session.handle(answer) }
        let writer = try TranscriptWriter(directory: folder, fileName: name)
        defer { writer.close() }
        try writer.write(TranscriptHeader(scenario: scenario, trainee: "张三", mode: .practice, lang: .zh,
                                          version: "0.1.0", started: "2026-11-22T15:31:07Z"))
        for record in session.journal { try writer.write(record) }
        if session.isFinished {
            let card = Scorecard(state: session.state, scenario: scenario, best: ScoreSearch.best(for: scenario))
            try writer.write(TranscriptEnd(scorecard: card, state: session.state))
        }
    }

    func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("spar-explore-\(UUID().uuidString)").path
    }

    @Test func coverageListsWhatNoTranscriptVisits() throws {
        let scenario = try requireScenario(Self.endings)
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // 介绍方案 → 再聊聊 → 下周再谈: a, b, c and later are played.
        try writeTranscript(scenario, answers: ["1", "2", "1"], into: folder, name: "one.jsonl")
        let report = ExplorationReport(scenario: scenario, transcriptsFolder: folder)
        #expect(report.transcriptsRead == 1)
        #expect(report.unvisitedNodes == ["signed", "guarded", "never", "lost"])
        #expect(report.unvisitedChoices == [
            ChoiceReference(node: "a", index: 1), ChoiceReference(node: "b", index: 0), ChoiceReference(node: "b", index: 1),
        ])
        #expect(report.text().contains("coverage over 1 transcripts: 4 nodes and 3 choices never played"))
    }

    @Test func moreTranscriptsCoverMore() throws {
        let scenario = try requireScenario(Self.endings)
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeTranscript(scenario, answers: ["1", "2", "1"], into: folder, name: "one.jsonl")
        try writeTranscript(scenario, answers: ["1", "1"], into: folder, name: "two.jsonl")
        // Transcripts in subfolders count too, and so does a session that stopped half way.
        try writeTranscript(scenario, answers: ["2"], into: folder + "/sub", name: "three.jsonl")
        try writeTranscript(scenario, answers: ["1"], into: folder, name: "unfinished.jsonl")
        let report = ExplorationReport(scenario: scenario, transcriptsFolder: folder)
        #expect(report.transcriptsRead == 4)
        #expect(report.unvisitedNodes == ["guarded", "never"])
        #expect(report.unvisitedChoices == [ChoiceReference(node: "b", index: 1)])
    }

    @Test func transcriptsOfOtherScenariosAndOtherFilesAreIgnored() throws {
        let scenario = try requireScenario(Self.endings)
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeTranscript(try miniScenario(), answers: ["1", "未知", "1"], into: folder, name: "mini.jsonl")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "not a transcript".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        let report = ExplorationReport(scenario: scenario, transcriptsFolder: folder)
        #expect(report.transcriptsRead == 0)
        // Only the start counts as visited: play always begins there.
        #expect(report.unvisitedNodes == ["b", "c", "signed", "later", "guarded", "never", "lost"])
        #expect(report.unvisitedChoices?.count == 6)
    }

    @Test func withoutTranscriptsThereIsNoCoverage() throws {
        let report = ExplorationReport(scenario: try requireScenario(Self.endings))
        #expect(report.transcriptsRead == nil)
        #expect(report.unvisitedNodes == nil)
        #expect(!report.json().contains("\"coverage\""))
    }
}
