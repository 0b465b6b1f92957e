import Foundation
@testable import SparKit
import SalesMethod
import Testing

/// A session an author started mid-scenario (`--from`/`--set`) is a try of one branch, not a score on
/// the whole scenario: every output a trainer reads marks it as such, with the start it was given.
@Suite struct MidScenarioMarkingTests {
    static let start = StartOverrides(node: "metrics", assignments: ["need=yes"])

    /// `mini.yaml` played from `metrics` with need=yes: signed at once.
    static func authorsTry() throws -> (Transcript, Scenario) {
        let scenario = try miniScenario()
        let header = TranscriptHeader(scenario: scenario, trainee: "author", mode: .practice, lang: .zh, version: "test",
                                      started: "2026-12-03T09:00:00Z", overrides: start)
        let sink = MemoryTranscriptSink()
        let cache = BestScoresCache(engineVersion: "test")
        var (recorder, _) = try SessionRecorder.start(Session(scenario: scenario, overrides: start), header: header,
                                                      sink: sink, best: cache.best(for:))
        for input in ["A 第一KP 有需求", "1"] where !recorder.session.isFinished { _ = try recorder.handle(input) }
        var records: [TranscriptRecord] = []
        var end: TranscriptEnd?
        for entry in sink.entries {
            switch entry {
            case .record(let record): records.append(record)
            case .end(let written): end = written
            default: break
            }
        }
        #expect(end != nil, "the try did not finish")
        return (Transcript(header: header, records: records, end: end), scenario)
    }

    static func verify(_ transcript: Transcript, on scenario: Scenario) -> VerifiedSession {
        var verifier = SessionVerifier(bestScores: BestScoresCache(engineVersion: "test"))
        return verifier.verify(transcript, scenario: scenario)
    }

    @Test func itReplaysWithRecomputedFiguresButIsNotCounted() throws {
        var (transcript, scenario) = try Self.authorsTry()
        let written = transcript.end?.overall
        transcript.end?.overall = 99
        transcript.end?.passed = true
        // An edited figure is still caught: the try is replayed before it is marked.
        if case .doesNotReplay = Self.verify(transcript, on: scenario).verification {} else {
            Issue.record("an edited author's try was not caught")
        }
        transcript.end?.overall = written ?? 0
        transcript.end?.passed = try Self.authorsTry().0.end?.passed ?? false
        let verified = Self.verify(transcript, on: scenario)
        #expect(verified.verification == .startedMidScenario)
        #expect(verified.transcript.end?.overall == written)
        #expect(!verified.verification.counts)
    }

    @Test func theReportListsItWithItsStart() throws {
        let (transcript, scenario) = try Self.authorsTry()
        let verified = Self.verify(transcript, on: scenario)
        var report = ClassReport()
        #expect(report.add(verified.transcript, path: "try.jsonl", verification: verified.verification) == .notCounted)
        #expect(report.sessions == 0)
        #expect(report.notCounted == [SkippedFile(path: "try.jsonl", reason:
            "started mid-scenario with --from/--set: an author's try (from metrics; set need=yes)")])
        // The HTML page lists it the same way.
        let page = HTMLReport(report: report, grouping: .trainee, language: .en).render()
        #expect(page.contains("an author&#39;s try (from metrics; set need=yes)") || page.contains("an author's try (from metrics; set need=yes)"))
    }

    @Test func itsCSVRowSaysMidScenarioAndItsStart() throws {
        let (transcript, scenario) = try Self.authorsTry()
        let verified = Self.verify(transcript, on: scenario)
        let row = SessionCSV.row(verified.transcript, path: "try.jsonl", verification: verified.verification)
        let cells = row.replacingOccurrences(of: "\r\n", with: "").split(separator: ",", omittingEmptySubsequences: false)
        #expect(Array(cells.suffix(2)) == ["mid-scenario", "from metrics; set need=yes"])
        // A session played from the start has an empty start cell.
        let whole = SessionCSV.row(try ReportFixtures.transcript("2026-11-02T09-20-00_李四_mini.jsonl"), path: "x.jsonl",
                                   verification: .replayed(scenarioChanged: false))
        #expect(whole.hasSuffix(",replayed,\r\n"))
    }

    @Test func everyXAPIStatementCarriesTheStart() throws {
        let (transcript, _) = try Self.authorsTry()
        let statements = XAPIExport.statements(for: transcript, path: "try.jsonl")
        #expect(statements.count >= 3)
        for statement in statements {
            #expect(statement.context?.extensions?[XAPIExport.extensionBase + "start"] == .string("from metrics; set need=yes"))
        }
        let whole = XAPIExport.statements(for: try ReportFixtures.transcript("2026-11-02T09-20-00_李四_mini.jsonl"), path: "x.jsonl")
        #expect(whole.allSatisfy { $0.context?.extensions?[XAPIExport.extensionBase + "start"] == nil })
    }

    @Test func showMarksIt() {
        #expect(Wording(.en).checking(.startedMidScenario)?.contains("an author's try") == true)
    }
}
