import Foundation
@testable import SparKit
import SalesMethod
import Testing
import TestSupport

/// A trainee's file is believed only as far as its answers reproduce it: every probe below edits a
/// golden transcript the way a trainee could, and none of them may pass as written.
@Suite struct ForgedTranscriptTests {
    static let root = URL(fileURLWithPath: fixturePath("")).deletingLastPathComponent().deletingLastPathComponent().path

    static func scenario(_ file: String) -> Scenario {
        ScenarioLoader.load(contentsOfFile: root + "/scenarios/" + file).scenario!
    }

    static func golden(_ name: String) throws -> Transcript {
        try Transcript.read(path: root + "/transcripts/" + name).get()
    }

    static func verify(_ transcript: Transcript, on scenario: Scenario?) -> VerifiedSession {
        var verifier = SessionVerifier(bestScores: BestScoresCache(engineVersion: "test"))
        return verifier.verify(transcript, scenario: scenario)
    }

    static func divergence(_ verified: VerifiedSession) -> Replay.Divergence? {
        if case .doesNotReplay(let divergence) = verified.verification { return divergence }
        return nil
    }

    @Test func anUntouchedSessionReplaysAndKeepsItsFigures() throws {
        let lost = try Self.golden("valve-retrofit/lost.jsonl")
        let verified = Self.verify(lost, on: Self.scenario("zh/valve-retrofit.yaml"))
        #expect(verified.verification == .replayed(scenarioChanged: false))
        #expect(verified.transcript.end?.overall == lost.end?.overall)
    }

    @Test func anEditedEndOnALostSessionDoesNotReplay() throws {
        var forged = try Self.golden("valve-retrofit/lost.jsonl")
        forged.end?.overall = 98
        forged.end?.outcome = .signed
        forged.end?.band = .excellent
        forged.end?.passed = true
        for key in forged.end!.dimensions.keys { forged.end?.dimensions[key] = 100 }
        let verified = Self.verify(forged, on: Self.scenario("zh/valve-retrofit.yaml"))
        #expect(Self.divergence(verified)?.message.contains("overall was 98, now 12") == true)
        #expect(!verified.verification.counts)
    }

    @Test func passedAndBandWrittenOverALowOverallDoNotReplay() throws {
        var forged = try Self.golden("valve-retrofit/lost.jsonl")
        forged.end?.passed = true
        forged.end?.band = .excellent
        let verified = Self.verify(forged, on: Self.scenario("zh/valve-retrofit.yaml"))
        #expect(Self.divergence(verified)?.message.contains("passed was true, now false") == true)
    }

    @Test func aSessionRelabelledAsAnotherScenarioDoesNotReplayOnItsFile() throws {
        var forged = try Self.golden("valve-retrofit/best.jsonl")
        forged.header.scenario = "tender-evaluation"
        let report = Replay.run(forged, scenario: Self.scenario("zh/valve-retrofit.yaml"),
                                best: ScoreSearch.best(for: Self.scenario("zh/valve-retrofit.yaml")), version: "test")
        #expect(report.divergence?.line == 1)
        #expect(report.divergence?.message.contains("'tender-evaluation'") == true)
        // Pointed at the scenario it now names, its answers lead elsewhere.
        #expect(Self.divergence(Self.verify(forged, on: Self.scenario("zh/tender-evaluation.yaml"))) != nil)
    }

    @Test func aPracticeSessionRelabelledExamDoesNotReplay() throws {
        var forged = try Self.golden("valve-retrofit/best.jsonl")
        forged.header.mode = .exam
        #expect(Self.divergence(Self.verify(forged, on: Self.scenario("zh/valve-retrofit.yaml"))) != nil)
    }

    /// An exam played with the best path's words, then one answer cut out of the middle.
    @Test func anExamAnswerDeletedFromTheFileDoesNotReplay() throws {
        let scenario = Self.scenario("zh/valve-retrofit.yaml")
        let best = try Self.golden("valve-retrofit/best.jsonl")
        var session = Session(scenario: scenario, mode: .exam)
        _ = session.begin()
        for record in best.records where !session.isFinished {
            _ = session.handle(record.type == .turn ? (record.say ?? "") : (record.input ?? ""))
        }
        let header = TranscriptHeader(scenario: scenario, trainee: "t", mode: .exam, lang: .zh, version: "test",
                                      started: "2026-11-22T10:00:00Z")
        let end = TranscriptEnd(scorecard: Scorecard(state: session.state, scenario: scenario, best: ScoreSearch.best(for: scenario)),
                                state: session.state)
        let exam = Transcript(header: header, records: session.journal, end: end)
        #expect(Self.verify(exam, on: scenario).verification == .replayed(scenarioChanged: false))
        var cut = exam
        let middle = cut.records.indices.filter { cut.records[$0].type == .turn }[3]
        cut.records.remove(at: middle)
        cut.recordLines = cut.records.indices.map { $0 + 2 }
        #expect(Self.divergence(Self.verify(cut, on: scenario)) != nil)
    }

    @Test func aStartTheScenarioDoesNotHaveDoesNotReplay() throws {
        var forged = try Self.golden("valve-retrofit/best.jsonl")
        forged.header.overrides = StartOverrides(node: "no-such-node")
        #expect(Self.divergence(Self.verify(forged, on: Self.scenario("zh/valve-retrofit.yaml")))?.line == 1)
    }

    @Test func aSessionWithoutItsScenarioIsUnverifiedAndNotCounted() throws {
        let verified = Self.verify(try Self.golden("valve-retrofit/best.jsonl"), on: nil)
        #expect(verified.verification == .unverified(reason: "scenario not found"))
        var report = ClassReport()
        #expect(report.add(verified.transcript, path: "a.jsonl", verification: verified.verification) == .notCounted)
        #expect(report.finished == 0 && report.notCounted.map(\.path) == ["a.jsonl"])
    }

    @Test func aReportCountsTheRecomputedFiguresAndListsForgeries() throws {
        let scenario = Self.scenario("zh/valve-retrofit.yaml")
        var forged = try Self.golden("valve-retrofit/lost.jsonl")
        forged.end?.overall = 98
        var verifier = SessionVerifier(bestScores: BestScoresCache(engineVersion: "test"))
        var report = ClassReport()
        for (transcript, path) in [(forged, "forged.jsonl"), (try Self.golden("valve-retrofit/best.jsonl"), "best.jsonl")] {
            let verified = verifier.verify(transcript, scenario: scenario)
            report.add(verified.transcript, path: path, verification: verified.verification)
        }
        #expect(report.finished == 1)
        #expect(report.notCounted.first?.reason.hasPrefix("does not replay: line 15: ") == true)
    }

    /// A session killed while its end line was written claims less than its answers earn: it stays unfinished.
    @Test func aTornEndLineLeavesTheSessionUnfinishedNotForged() throws {
        var torn = try Self.golden("valve-retrofit/lost.jsonl")
        torn.end = nil
        let verified = Self.verify(torn, on: Self.scenario("zh/valve-retrofit.yaml"))
        #expect(verified.verification == .replayed(scenarioChanged: false))
        #expect(verified.transcript.end == nil)
    }
}
