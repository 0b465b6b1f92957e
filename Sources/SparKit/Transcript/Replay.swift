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
        /// Every record replays and the answers end the meeting, but the file has no end line (a
        /// session killed while writing it): the only divergence, and one that claims less, not more.
        public var onlyTheEndIsMissing = false
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
        let changed = transcript.header.scenarioSHA256 != scenario.sha256
        if let mismatch = headerMismatch(transcript.header, scenario: scenario) {
            return Report(divergence: Divergence(line: 1, message: mismatch), scenarioChanged: changed, turns: 0, end: nil)
        }
        let (session, divergence) = SessionRebuild.rebuild(transcript, scenario: scenario, sharing: template)
        func report(_ divergence: Divergence?, end: TranscriptEnd? = nil) -> Report {
            Report(divergence: divergence, scenarioChanged: changed, turns: session.state.turn, end: end)
        }
        if let divergence { return report(divergence) }
        let lastLine = transcript.recordLines.last ?? 1
        guard let recordedEnd = transcript.end else {
            if session.isFinished {
                var missing = report(Divergence(line: lastLine, message: "the session now ends here, but the transcript has no end record"))
                missing.onlyTheEndIsMissing = true
                return missing
            }
            return report(nil)
        }
        guard session.isFinished else {
            return report(Divergence(line: lastLine + 1,
                                     message: "the transcript ends the meeting, but replay has not reached an ending"))
        }
        let end = TranscriptEnd(scorecard: Scorecard(state: session.state, scenario: scenario, best: best), state: session.state)
        let changes = SessionRebuild.endDifferences(recorded: recordedEnd, replayed: end)
        return report(changes.isEmpty ? nil : Divergence(line: lastLine + 1, message: changes.joined(separator: "; ")), end: end)
    }

    /// Why the header cannot have been recorded on this scenario: another id, or a start
    /// (`--from`/`--set`) the scenario does not have, which a fresh session would silently ignore.
    static func headerMismatch(_ header: TranscriptHeader, scenario: Scenario) -> String? {
        if header.scenario != scenario.id {
            return "the transcript names scenario '\(VisibleText.visible(header.scenario))', "
                + "but it is replayed on '\(scenario.id)'"
        }
        if let overrides = header.overrides, case .failure(let error) = overrides.resolve(in: scenario) {
            return "the recorded start does not apply to this scenario: \(VisibleText.visible(error.message))"
        }
        return nil
    }

    static func difference(recorded: TranscriptRecord, replayed: TranscriptRecord) -> String? {
        if recorded.type != replayed.type { return "was a '\(recorded.type.rawValue)' record, now '\(replayed.type.rawValue)'" }
        if recorded.node != replayed.node { return "was at node '\(recorded.node ?? "")', now '\(replayed.node ?? "")'" }
        if recorded.matched != replayed.matched {
            return "matched choice \(recorded.matched.map(String.init) ?? "none"), now \(replayed.matched.map(String.init) ?? "none")"
        }
        let before = recorded.events ?? [], after = replayed.events ?? []
        if !after.sameAwards(as: before) {
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
