import SalesMethod

/// Re-plays a transcript's inputs against the current scenario and engine and writes it anew,
/// listing every score that moved: for an intended change to a scenario or a rule.
public enum Rerecord {
    public struct Result: Sendable {
        /// The new transcript, one JSON object per line.
        public var lines: [String]
        /// What moved, for a reviewer: "line 4 (turn 2): closing +3 → +1 …", "overall 92 → 88".
        public var changes: [String]
    }

    public static func run(_ transcript: Transcript, scenario: Scenario, best: BestScores, version: String) -> Result {
        var header = transcript.header
        header.scenarioSHA256 = scenario.sha256
        header.version = version
        var session = SessionRebuild.freshSession(for: header, scenario: scenario)
        _ = session.begin()
        var changes: [String] = []
        var lines = [TranscriptCoding.line(header)]
        SessionRebuild.feed(transcript, into: &session) { step in
            if let difference = step.difference {
                changes.append(step.produced.isEmpty
                    ? "line \(step.line): input '\(step.recorded.input ?? "")' is no longer recorded (\(step.recorded.type.rawValue))"
                    : "line \(step.line): \(difference)")
            }
            lines += step.produced.map { TranscriptCoding.line($0) }
            return !step.endedSession
        }
        if session.isFinished {
            let card = Scorecard(state: session.state, scenario: scenario, best: best)
            let end = TranscriptEnd(scorecard: card, state: session.state)
            lines.append(TranscriptCoding.line(end))
            if let old = transcript.end {
                changes += SessionRebuild.endDifferences(recorded: old, replayed: end)
            } else {
                changes.append("the session now ends (overall \(end.overall))")
            }
        } else if transcript.end != nil {
            changes.append("the session no longer reaches an ending")
        }
        return Result(lines: lines, changes: changes)
    }
}
