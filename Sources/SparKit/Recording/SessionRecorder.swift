import Foundation

/// Drives one `Session` and records it: the header when it starts, each input's records, the end
/// record with the scorecard when it finishes, and a resume marker when it goes on after an
/// interruption. Every record reaches the sink (committed) before the input's events are returned,
/// so a front end shows feedback only for answers already stored. Terminal play, tests and the
/// classroom server all record sessions through it.
public struct SessionRecorder: Sendable {
    public private(set) var session: Session
    public let header: TranscriptHeader
    private let sink: any TranscriptSink
    private let best: @Sendable (Scenario) -> BestScores
    /// Journal records already committed.
    private var committed: Int
    /// The end record, once the session has ended and it is stored.
    public private(set) var end: TranscriptEnd?
    public private(set) var scorecard: Scorecard?

    private init(session: Session, header: TranscriptHeader, sink: any TranscriptSink,
                 best: @escaping @Sendable (Scenario) -> BestScores) {
        self.session = session
        self.header = header
        self.sink = sink
        self.best = best
        committed = session.journal.count
    }

    /// Starts `session` (not yet begun): commits the header, enters the first node.
    /// Returns the recorder and the opening events.
    public static func start(_ session: Session, header: TranscriptHeader, sink: any TranscriptSink,
                             best: @escaping @Sendable (Scenario) -> BestScores) throws -> (SessionRecorder, [SessionEvent]) {
        try sink.commit([.header(header)])
        var recorder = SessionRecorder(session: session, header: header, sink: sink, best: best)
        let events = recorder.session.begin()
        return (recorder, events)
    }

    /// Goes on recording a session rebuilt from its transcript (`Resumption.restore`, the one
    /// replay loop) to `sink`, which already holds that transcript: commits a resume marker, and
    /// the end record when the session had ended but its end was never stored.
    public static func resume(_ restored: Session, header: TranscriptHeader, sink: any TranscriptSink,
                              best: @escaping @Sendable (Scenario) -> BestScores,
                              resumed: Date = Date(), version: String, droppedBytes: Int = 0) throws -> SessionRecorder {
        var recorder = SessionRecorder(session: restored, header: header, sink: sink, best: best)
        let marker = TranscriptResume(turn: restored.state.turn, node: restored.state.node,
                                      resumed: UTCStamp.iso8601(resumed), version: version, dropped: droppedBytes)
        var entries: [TranscriptEntry] = [.resume(marker)]
        var card: Scorecard?
        if restored.isFinished {
            card = Scorecard(state: restored.state, scenario: restored.scenario, best: best(restored.scenario))
            entries.append(.end(TranscriptEnd(scorecard: card!, state: restored.state)))
        }
        try sink.commit(entries)
        if let card {
            recorder.scorecard = card
            recorder.end = TranscriptEnd(scorecard: card, state: restored.state)
        }
        return recorder
    }

    public var isFinished: Bool { end != nil }

    /// Hands `line` to the session, commits what it recorded (and the end record, when this input
    /// ended the meeting), then returns the events. When the commit fails nothing is returned but
    /// the error: the front end must not show feedback for an answer that is not stored.
    public mutating func handle(_ line: String) throws -> [SessionEvent] {
        guard end == nil else { return [.notice(.alreadyEnded)] }
        var trial = session
        let events = trial.handle(line)
        var entries = trial.journal.dropFirst(committed).map { TranscriptEntry.record($0) }
        var card: Scorecard?
        var ending: TranscriptEnd?
        if trial.isFinished {
            let scored = Scorecard(state: trial.state, scenario: trial.scenario, best: best(trial.scenario))
            card = scored
            ending = TranscriptEnd(scorecard: scored, state: trial.state)
            entries.append(.end(ending!))
        }
        try sink.commit(entries)
        session = trial
        committed = trial.journal.count
        scorecard = card
        end = ending
        return events
    }
}
