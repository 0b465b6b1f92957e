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
        var session = Session(scenario: scenario, mode: header.mode, language: header.lang,
                              overrides: header.overrides ?? StartOverrides())
        _ = session.begin()
        var changes: [String] = []
        var lines = [TranscriptCoding.line(header)]
        for (record, line) in zip(transcript.records, transcript.recordLines) {
            guard let input = record.input else { continue }
            let before = session.journal.count
            _ = session.handle(input)
            let produced = session.journal.dropFirst(before)
            if let replayed = produced.first {
                if let difference = Replay.difference(recorded: record, replayed: replayed) {
                    changes.append("line \(line): \(difference)")
                }
            } else {
                changes.append("line \(line): input '\(input)' is no longer recorded (\(record.type))")
            }
            lines += produced.map { TranscriptCoding.line($0) }
            if session.isFinished { break }
        }
        if session.isFinished {
            let card = Scorecard(state: session.state, scenario: scenario, best: best)
            let end = TranscriptEnd(scorecard: card, state: session.state)
            lines.append(TranscriptCoding.line(end))
            if let old = transcript.end {
                if old.overall != end.overall { changes.append("overall \(old.overall) → \(end.overall)") }
                if old.outcome != end.outcome {
                    changes.append("outcome \(old.outcome?.rawValue ?? "none") → \(end.outcome?.rawValue ?? "none")")
                }
                for dimension in ScoreDimension.allCases {
                    let a = old.dimensions[dimension.rawValue], b = end.dimensions[dimension.rawValue]
                    if a != b { changes.append("\(dimension.rawValue) \(a.map(String.init) ?? "–") → \(b.map(String.init) ?? "–")") }
                }
            } else {
                changes.append("the session now ends (overall \(end.overall))")
            }
        } else if transcript.end != nil {
            changes.append("the session no longer reaches an ending")
        }
        return Result(lines: lines, changes: changes)
    }
}
