import SalesMethod

/// Re-runs a transcript's inputs against a scenario and checks every recorded record and score.
public enum Replay {
    public struct Report: Sendable {
        /// Nil when every record and the final score match.
        public var divergence: Divergence?
        /// The scenario file differs from the one recorded (by SHA-256).
        public var scenarioChanged: Bool
        public var turns: Int
        public var end: TranscriptEnd?
        public var passed: Bool { divergence == nil }
    }

    public struct Divergence: Sendable, Hashable {
        public var line: Int
        public var message: String
    }

    /// `sharing`: a session of the same scenario whose analysed choices are reused, so replaying
    /// many transcripts of one scenario analyses its choices once.
    public static func run(_ transcript: Transcript, scenario: Scenario, best: BestScores, version: String,
                           sharing template: Session? = nil) -> Report {
        let header = transcript.header
        var session = Session(scenario: scenario, mode: header.mode, language: header.lang,
                              overrides: header.overrides ?? StartOverrides())
        if let template, template.scenario.sha256 == scenario.sha256 { session.shareMatcher(with: template) }
        _ = session.begin()
        let changed = header.scenarioSHA256 != scenario.sha256
        func report(_ divergence: Divergence?, end: TranscriptEnd? = nil) -> Report {
            Report(divergence: divergence, scenarioChanged: changed, turns: session.state.turn, end: end)
        }
        for (record, line) in zip(transcript.records, transcript.recordLines) {
            guard let input = record.input else { continue }
            let before = session.journal.count
            _ = session.handle(input)
            let produced = Array(session.journal.dropFirst(before))
            guard produced.count == 1, let replayed = produced.first else {
                return report(Divergence(line: line, message: "input '\(input)' no longer produces a '\(record.type)' record"))
            }
            if let difference = difference(recorded: record, replayed: replayed) {
                return report(Divergence(line: line, message: difference))
            }
        }
        guard let recordedEnd = transcript.end else {
            if session.isFinished {
                return report(Divergence(line: transcript.recordLines.last ?? 1,
                                         message: "the session now ends here, but the transcript has no end record"))
            }
            return report(nil)
        }
        guard session.isFinished else {
            return report(Divergence(line: (transcript.recordLines.last ?? 1) + 1,
                                     message: "the transcript ends the meeting, but replay has not reached an ending"))
        }
        let scorecard = Scorecard(state: session.state, scenario: scenario, best: best)
        let end = TranscriptEnd(scorecard: scorecard, state: session.state)
        let endLine = (transcript.recordLines.last ?? 1) + 1
        if end.outcome != recordedEnd.outcome {
            return report(Divergence(line: endLine, message: "outcome was \(recordedEnd.outcome?.rawValue ?? "none"), now \(end.outcome?.rawValue ?? "none")"), end: end)
        }
        if end.overall != recordedEnd.overall || end.dimensions != recordedEnd.dimensions {
            let moved = ScoreDimension.allCases.compactMap { d -> String? in
                let a = recordedEnd.dimensions[d.rawValue], b = end.dimensions[d.rawValue]
                return a == b ? nil : "\(d.rawValue) \(a.map(String.init) ?? "–")→\(b.map(String.init) ?? "–")"
            }
            return report(Divergence(line: endLine, message: "overall was \(recordedEnd.overall), now \(end.overall)"
                                        + (moved.isEmpty ? "" : " (\(moved.joined(separator: ", ")))")), end: end)
        }
        return report(nil, end: end)
    }

    static func difference(recorded: TranscriptRecord, replayed: TranscriptRecord) -> String? {
        if recorded.type != replayed.type { return "was a '\(recorded.type)' record, now '\(replayed.type)'" }
        if recorded.node != replayed.node { return "was at node '\(recorded.node ?? "")', now '\(replayed.node ?? "")'" }
        if recorded.matched != replayed.matched {
            return "matched choice \(recorded.matched.map(String.init) ?? "none"), now \(replayed.matched.map(String.init) ?? "none")"
        }
        let before = recorded.events ?? [], after = replayed.events ?? []
        if before != after {
            let lost = before.filter { !after.contains($0) }.map { "\($0.dimension.rawValue) \($0.points > 0 ? "+" : "")\($0.points) \($0.reason)" }
            let gained = after.filter { !before.contains($0) }.map { "\($0.dimension.rawValue) \($0.points > 0 ? "+" : "")\($0.points) \($0.reason)" }
            var parts: [String] = []
            if !lost.isEmpty { parts.append("no longer scores: " + lost.joined(separator: "; ")) }
            if !gained.isEmpty { parts.append("now scores: " + gained.joined(separator: "; ")) }
            return parts.isEmpty ? "score events differ in order" : parts.joined(separator: " | ")
        }
        if recorded.outcome != replayed.outcome {
            return "outcome was \(recorded.outcome?.rawValue ?? "none"), now \(replayed.outcome?.rawValue ?? "none")"
        }
        return nil
    }
}
