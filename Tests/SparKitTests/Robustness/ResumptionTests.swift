import Foundation
import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// Rebuilding a session from an unfinished transcript: the exact state, then play goes on to
/// the same end as if it had never stopped.
@Suite struct ResumptionTests {
    static let inputs = ["/hint", "2", "/back", "1", "/notes 王总前倾了", "B 第二KP 有需求", "/map 李工 评估者 反对者 分析型", "1"]

    func transcript(of session: Session, scenario: Scenario) throws -> Transcript {
        var lines = [TranscriptCoding.line(TranscriptHeader(scenario: scenario, trainee: "张三", mode: session.mode,
                                                            lang: session.language, version: "0.1.0",
                                                            started: "2026-11-22T15:31:07Z"))]
        lines += session.journal.map { TranscriptCoding.line($0) }
        return try Transcript.parse(lines.joined(separator: "\n") + "\n", file: "t.jsonl").get()
    }

    @Test(arguments: 0...inputs.count - 1)
    func resumingAfterAnyInputRestoresTheStateAndEndsTheSame(after count: Int) throws {
        let scenario = try miniScenario()
        var uninterrupted = Session(scenario: scenario)
        _ = uninterrupted.begin()
        for input in Self.inputs { _ = uninterrupted.handle(input) }
        #expect(uninterrupted.isFinished)

        var interrupted = Session(scenario: scenario)
        _ = interrupted.begin()
        for input in Self.inputs.prefix(count) { _ = interrupted.handle(input) }
        var resumed = try Resumption.restore(transcript(of: interrupted, scenario: scenario), scenario: scenario).get()
        #expect(resumed.state == interrupted.state)
        #expect(resumed.journal == interrupted.journal)
        for input in Self.inputs.dropFirst(count) { _ = resumed.handle(input) }
        #expect(resumed.state == uninterrupted.state)
        #expect(resumed.journal == uninterrupted.journal)
    }

    @Test func aResumeRecordIsSkippedByReplayAndByAFurtherResume() throws {
        let scenario = try miniScenario()
        var session = Session(scenario: scenario)
        _ = session.begin()
        _ = session.handle("1")
        var text = TranscriptCoding.line(TranscriptHeader(scenario: scenario, trainee: "张三", mode: .practice, lang: .zh,
                                                          version: "0.1.0", started: "2026-11-22T15:31:07Z")) + "\n"
        text += session.journal.map { TranscriptCoding.line($0) + "\n" }.joined()
        text += TranscriptCoding.line(TranscriptResume(turn: 1, node: "metrics", resumed: "2026-11-22T16:00:00Z",
                                                       version: "0.1.0", dropped: 0)) + "\n"
        #expect(!text.contains("dropped"), "nothing dropped: the field is left out")
        let transcript = try Transcript.parse(text, file: "t.jsonl").get()
        let restored = try Resumption.restore(transcript, scenario: scenario).get()
        #expect(restored.state == session.state)
        let best = ScoreSearch.best(for: scenario)
        #expect(Replay.run(transcript, scenario: scenario, best: best, version: "0.1.0").passed)
    }

    @Test func aFinishedOrForeignTranscriptIsNotResumed() throws {
        let scenario = try miniScenario()
        let header = TranscriptCoding.line(TranscriptHeader(scenario: scenario, trainee: "张三", mode: .practice, lang: .zh,
                                                            version: "0.1.0", started: "2026-11-22T15:31:07Z"))
        let finished = try Transcript.parse(header + "\n" + #"{"type":"end","overall":50,"band":"developing","passed":false,"dimensions":{},"elapsed":1,"turns":1}"#,
                                            file: "t.jsonl").get()
        #expect(throws: Resumption.Failure.finished) { try Resumption.restore(finished, scenario: scenario).get() }
        let foreign = try Transcript.parse(header.replacingOccurrences(of: #""scenario":"mini""#, with: #""scenario":"other""#),
                                           file: "t.jsonl").get()
        #expect(throws: Resumption.Failure.otherScenario(recorded: "other", given: "mini")) {
            try Resumption.restore(foreign, scenario: scenario).get()
        }
    }

    @Test func aTranscriptTheScenarioNoLongerPlaysIsRefusedWithItsLine() throws {
        let scenario = try miniScenario()
        let header = TranscriptCoding.line(TranscriptHeader(scenario: scenario, trainee: "张三", mode: .practice, lang: .zh,
                                                            version: "0.1.0", started: "2026-11-22T15:31:07Z"))
        let text = header + "\n" + #"{"input":"1","matched":1,"n":1,"node":"somewhere-else","type":"turn"}"#
        let transcript = try Transcript.parse(text, file: "t.jsonl").get()
        guard case .failure(.diverges(let divergence)) = Resumption.restore(transcript, scenario: scenario) else {
            Issue.record("expected a divergence")
            return
        }
        #expect(divergence.line == 2)
    }
}
