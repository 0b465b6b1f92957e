import Foundation
@testable import SparKit
import Testing

/// A sink whose next commit can be made to fail, as a full disk or a lost database would.
private final class FlakySink: TranscriptSink, @unchecked Sendable {
    let stored = MemoryTranscriptSink()
    var failNext = false
    struct Refused: Error {}

    func commit(_ entries: [TranscriptEntry]) throws {
        if failNext { failNext = false; throw Refused() }
        try stored.commit(entries)
    }
}

@Suite struct SessionRecorderTests {
    private func header(_ scenario: Scenario) -> TranscriptHeader {
        TranscriptHeader(scenario: scenario, trainee: "t", mode: .practice, lang: .zh, version: "test",
                         started: "2026-12-03T00:00:00Z")
    }

    private let cache = BestScoresCache(engineVersion: "test")

    @Test func theHeaderIsStoredBeforeTheFirstEventAndEachAnswerBeforeItsFeedback() throws {
        let scenario = try miniScenario()
        let sink = FlakySink()
        var (recorder, opening) = try SessionRecorder.start(Session(scenario: scenario), header: header(scenario),
                                                            sink: sink, best: cache.best(for:))
        #expect(!opening.isEmpty)
        #expect(sink.stored.entries == [.header(header(scenario))])
        _ = try recorder.handle("1")
        #expect(sink.stored.entries.count == 2)
        guard case .record(let record) = sink.stored.entries.last else {
            Issue.record("the answer was not stored: \(sink.stored.entries)")
            return
        }
        #expect(record.type == .turn && record.input == "1")
    }

    @Test func anAnswerThatCannotBeStoredShowsNothingAndCanBeGivenAgain() throws {
        let scenario = try miniScenario()
        let sink = FlakySink()
        var (recorder, _) = try SessionRecorder.start(Session(scenario: scenario), header: header(scenario),
                                                      sink: sink, best: cache.best(for:))
        sink.failNext = true
        #expect(throws: FlakySink.Refused.self) { try recorder.handle("1") }
        #expect(recorder.session.state.turn == 0)
        #expect(sink.stored.entries.count == 1)
        let events = try recorder.handle("1")
        #expect(events.contains { if case .answered = $0 { true } else { false } })
        #expect(recorder.session.state.turn == 1)
    }

    @Test func theEndRecordIsCommittedWithTheAnswerThatEndsTheMeeting() throws {
        let scenario = try miniScenario()
        let sink = MemoryTranscriptSink()
        var (recorder, _) = try SessionRecorder.start(Session(scenario: scenario), header: header(scenario),
                                                      sink: sink, best: cache.best(for:))
        for input in ["1", "A 第一KP 有需求", "1"] { _ = try recorder.handle(input) }
        #expect(recorder.isFinished)
        guard case .end(let end) = sink.entries.last else {
            Issue.record("no end record last: \(sink.lines.last ?? "")")
            return
        }
        #expect(end.overall == recorder.scorecard?.overall)
        // Nothing is recorded after the end.
        let count = sink.entries.count
        _ = try recorder.handle("1")
        #expect(sink.entries.count == count)
    }

    @Test func aResumedRecordingGoesOnWhereTheStoredOneStopped() throws {
        let scenario = try miniScenario()
        let sink = MemoryTranscriptSink()
        var (recorder, _) = try SessionRecorder.start(Session(scenario: scenario), header: header(scenario),
                                                      sink: sink, best: cache.best(for:))
        _ = try recorder.handle("1")
        let stored = try Transcript.parse(sink.lines.joined(separator: "\n"), file: "memory").get()
        let restored = try Resumption.restore(stored, scenario: scenario).get()
        let resumed = try SessionRecorder.resume(restored, header: stored.header, sink: sink, best: cache.best(for:),
                                                 version: "test")
        #expect(resumed.session.state == recorder.session.state)
        guard case .resume(let marker) = sink.entries.last else {
            Issue.record("no resume marker")
            return
        }
        #expect(marker.turn == 1)
    }
}
