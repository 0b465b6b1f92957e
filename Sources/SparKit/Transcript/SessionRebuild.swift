import SalesMethod

/// The one loop that rebuilds a session from a transcript: a fresh session of the recorded
/// scenario, mode, language and start is fed every recorded input, and each record it produces is
/// compared with the recorded one. Replay, resume, re-record, `spar test` and a classroom server
/// picking a seat up again all go through it, so they agree on what "the same session" means.
public enum SessionRebuild {
    /// One recorded input fed again.
    public struct Step: Sendable {
        public var recorded: TranscriptRecord
        /// The record's 1-based line in the transcript.
        public var line: Int
        /// What the session journalled for the input (one record when it still plays the same way).
        public var produced: [TranscriptRecord]
        /// Why the step does not match the recording, or nil.
        public var difference: String?
        /// The session reached an ending with this input.
        public var endedSession: Bool
    }

    /// The session a transcript starts from, before `begin()`. `sharing`: a session of the same
    /// scenario whose analysed choices are reused, so many transcripts analyse them once.
    public static func freshSession(for header: TranscriptHeader, scenario: Scenario, sharing template: Session? = nil) -> Session {
        var session = Session(scenario: scenario, mode: header.mode, language: header.lang,
                              overrides: header.overrides ?? StartOverrides())
        if let template, template.scenario.sha256 == scenario.sha256 { session.shareMatcher(with: template) }
        return session
    }

    /// Feeds the recorded inputs to `session` (already begun), calling `visit` with each step;
    /// stops when `visit` returns false or the session ends. Returns the step it stopped at, if any.
    @discardableResult
    public static func feed(_ transcript: Transcript, into session: inout Session,
                            visit: (Step) -> Bool) -> Step? {
        for (record, line) in zip(transcript.records, transcript.recordLines) {
            guard let input = record.input else { continue }
            let before = session.journal.count
            _ = session.handle(input)
            let produced = Array(session.journal.dropFirst(before))
            let step = Step(recorded: record, line: line, produced: produced, difference: difference(record, produced),
                            endedSession: session.isFinished)
            if !visit(step) { return step }
        }
        return nil
    }

    /// Rebuilds the whole session, stopping at the first step that does not match.
    public static func rebuild(_ transcript: Transcript, scenario: Scenario,
                               sharing template: Session? = nil) -> (session: Session, divergence: Replay.Divergence?) {
        var session = freshSession(for: transcript.header, scenario: scenario, sharing: template)
        _ = session.begin()
        let stopped = feed(transcript, into: &session) { $0.difference == nil }
        return (session, stopped.map { Replay.Divergence(line: $0.line, message: $0.difference!) })
    }

    static func difference(_ recorded: TranscriptRecord, _ produced: [TranscriptRecord]) -> String? {
        guard produced.count == 1, let replayed = produced.first else {
            return "input '\(recorded.input ?? "")' no longer produces a '\(recorded.type.rawValue)' record"
        }
        return Replay.difference(recorded: recorded, replayed: replayed)
    }

    /// How a replayed end differs from the recorded one, as a reviewer reads it; empty when equal.
    public static func endDifferences(recorded: TranscriptEnd, replayed: TranscriptEnd) -> [String] {
        var changes: [String] = []
        if recorded.outcome != replayed.outcome {
            changes.append("outcome was \(recorded.outcome?.rawValue ?? "none"), now \(replayed.outcome?.rawValue ?? "none")")
        }
        if recorded.overall != replayed.overall { changes.append("overall was \(recorded.overall), now \(replayed.overall)") }
        for dimension in ScoreDimension.allCases {
            let a = recorded.dimensions[dimension.rawValue], b = replayed.dimensions[dimension.rawValue]
            if a != b { changes.append("\(dimension.rawValue) \(a.map(String.init) ?? "–")→\(b.map(String.init) ?? "–")") }
        }
        if recorded.passed != replayed.passed { changes.append("passed was \(recorded.passed), now \(replayed.passed)") }
        if recorded.band != replayed.band { changes.append("band was \(recorded.band.rawValue), now \(replayed.band.rawValue)") }
        return changes
    }
}
