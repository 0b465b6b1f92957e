/// Rebuilds the session an unfinished transcript recorded: a fresh session of the same scenario,
/// mode, language and start is fed every recorded input, and each record it produces is checked
/// against the recorded one. The session is deterministic, so the state (node, clock, facts,
/// variables, visits, classifications, scores, undo history) is the one the trainee left.
public enum Resumption {
    public enum Failure: Error, Sendable, Hashable {
        /// The transcript already has an end record.
        case finished
        /// The transcript belongs to another scenario id.
        case otherScenario(recorded: String, given: String)
        /// The scenario or engine no longer plays the recorded inputs the same way.
        case diverges(Replay.Divergence)
    }

    /// `sharing`: a session of the same scenario whose analysed choices are reused.
    public static func restore(_ transcript: Transcript, scenario: Scenario,
                               sharing template: Session? = nil) -> Result<Session, Failure> {
        let header = transcript.header
        guard transcript.end == nil else { return .failure(.finished) }
        guard header.scenario == scenario.id else {
            return .failure(.otherScenario(recorded: header.scenario, given: scenario.id))
        }
        let (session, divergence) = SessionRebuild.rebuild(transcript, scenario: scenario, sharing: template)
        if let divergence { return .failure(.diverges(divergence)) }
        return .success(session)
    }
}
