import Foundation
import SalesMethod
import SparKit
import Testing

/// The class aggregates over the golden transcripts: first/best/latest, pass/fail, dimensions, mistakes, choices.
@Suite struct ReportAggregationTests {
    let report = ReportFixtures.classReport()

    @Test func countsEverySessionAndTellsUnfinishedApart() {
        #expect(report.sessions == 8)
        #expect(report.finished == 7)
        #expect(report.skipped.isEmpty)
        #expect(report.histories.count == 5)
    }

    @Test func firstBestAndLatestFollowStartTimesNotFileOrder() throws {
        let zhang = try #require(report.histories[.init(trainee: "张三", scenario: "mini")])
        #expect(zhang.sessions == 3)
        #expect(zhang.first?.overall == 0)
        #expect(zhang.best?.overall == 86)
        #expect(zhang.latest?.overall == 86)
        #expect(zhang.passedOnce)
        #expect(zhang.improvement == 86)
        #expect(zhang.attempts.map(\.overall) == [0, 71, 86])

        let wang = try #require(report.histories[.init(trainee: "王五", scenario: "mini")])
        #expect(!wang.passedOnce)
        #expect(wang.improvement == nil)

        let zhao = try #require(report.histories[.init(trainee: "赵六", scenario: "mini")])
        #expect(zhao.unfinished == 1)
        #expect(zhao.best == nil)
    }

    @Test func bestKeepsTheEarlierAttemptOnATie() throws {
        var history = AttemptHistory(trainee: "t", scenario: "s")
        history.record(SessionResult(path: "b", started: "2026-11-09T09:00:00Z", overall: 80, band: .proficient, passed: true, outcome: nil))
        history.record(SessionResult(path: "a", started: "2026-11-02T09:00:00Z", overall: 80, band: .proficient, passed: true, outcome: nil))
        #expect(history.best?.path == "a")
        #expect(history.first?.path == "a")
        #expect(history.latest?.path == "b")
    }

    @Test("the result column says which attempt passed when the latest did not", arguments: [Language.en, .zh])
    func verdictNamesThePassingAttempt(language: Language) {
        let text = ReportText(language)
        var history = AttemptHistory(trainee: "t", scenario: "s")
        #expect(text.verdict(history) == text.unfinished)
        history.record(SessionResult(path: "a", started: "2026-11-02T09:00:00Z", overall: 85, band: .proficient, passed: true, outcome: nil))
        #expect(text.verdict(history) == text.passed)
        history.record(SessionResult(path: "b", started: "2026-11-09T09:00:00Z", overall: 0, band: .beginner, passed: false, outcome: nil))
        #expect(text.verdict(history) == (language == .en ? "best passed, latest failed" : "最佳一次通过，最近未通过"))
        var neverPassed = AttemptHistory(trainee: "t", scenario: "s")
        neverPassed.record(SessionResult(path: "c", started: "2026-11-02T09:00:00Z", overall: 40, band: .beginner, passed: false, outcome: nil))
        #expect(text.verdict(neverPassed) == text.failed)
    }

    @Test func attemptHistoryStaysBoundedAndKeepsTheFirstAttempt() {
        var history = AttemptHistory(trainee: "t", scenario: "s")
        for day in 0..<500 {
            let started = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: 1_800_000_000 + Double(day) * 86_400))
            history.record(SessionResult(path: "\(day)", started: started, overall: day % 101, band: .beginner, passed: false, outcome: nil))
        }
        #expect(history.sessions == 500)
        #expect(history.attempts.count == AttemptHistory.keptScores)
        #expect(history.attempts.first?.path == "0")
        #expect(history.attempts.last?.path == "499")
    }

    @Test func dimensionAveragesSkipUnscoredDimensionsAndNameTheWeakest() throws {
        let overall = report.dimensionsOverall
        #expect(overall.sessions == 7)
        let classification = try #require(overall.average(.classification))
        // 张三's first session was lost before the classify checkpoint: not reached, so not averaged.
        #expect(abs(classification - 400.0 / 6) < 0.001)
        #expect(overall.weakest == .people)
        let wang = try #require(report.dimensionsByTrainee["王五"])
        #expect(wang.average(.classification) == 0)
        var tally = DimensionTally()
        tally.add(["stage": 50, "future_dimension": 10])
        #expect(tally.dimensions == [.stage])
        #expect(tally.average(.closing) == nil)
    }

    @Test func mistakesAreNegativeEventsGroupedByRuleWithAReason() throws {
        let top = report.mistakes.top(10)
        #expect(top.allSatisfy { $0.points < 0 })
        let wrong = try #require(top.first { $0.rule == "classification.wrong" })
        #expect(wrong.count == 2)
        #expect(wrong.trainees == ["张三", "王五"])
        #expect(wrong.representativeReason(.zh).hasPrefix("分类错误"))
        // Chinese sessions, an English report: the reason is worded from its rule, in English.
        #expect(wrong.representativeReason(.en).hasPrefix("wrong class: "), "\(wrong.representativeReason(.en))")
        #expect(top.first?.count == 2)
        #expect(!top.contains { $0.rule == "stage.in_sync" })
    }

    @Test func choicesAreCountedPerNodeWithTheirPoints() throws {
        let opening = try #require(report.nodes.nodes[.init(scenario: "mini", node: "opening")])
        #expect(opening.choices[1]?.count == 7)
        #expect(opening.choices[2]?.count == 1)
        #expect(opening.choices[2]?.averagePoints == -4)
        #expect(opening.unmatched == 1)
        #expect(report.nodes.sortedNodes.first?.key.node == "opening")
    }

    @Test func sinceAndModeFilterSessions() throws {
        let since = ReportFixtures.classReport(filter: ReportFilter(since: SessionDate.parse("2026-11-09")))
        #expect(since.sessions == 6)
        #expect(since.filteredOut == 2)
        let exam = ReportFixtures.classReport(filter: ReportFilter(mode: .exam))
        #expect(exam.sessions == 1)
        #expect(exam.histories.keys.map(\.trainee) == ["Alice"])
    }

    @Test func improvementAveragesFirstToLatest() throws {
        let improvement = try #require(report.improvement)
        #expect(improvement.pairs == 2)
        #expect(improvement.average == 62)
        #expect(ReportText.signed(62.0) == "+62")
        #expect(ReportText.signed(-2.5) == "−2.5")
    }

    @Test func datesParseAsTimesOrDays() {
        #expect(SessionDate.parse("2026-11-02T09:00:00Z") != nil)
        #expect(SessionDate.parse("2026-11-02") != nil)
        #expect(SessionDate.parse("last tuesday") == nil)
        #expect(SessionDate.short("2026-11-02T09:05:00Z") == "2026-11-02 09:05")
    }
}
