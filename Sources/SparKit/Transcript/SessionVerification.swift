/// What a reader of a trainee's transcript may believe about its figures. A file proves only that
/// its answers, fed to the scenario it names, produce its score; the end record as written proves
/// nothing, since anyone can edit it.
public enum SessionVerification: Sendable, Hashable {
    /// The answers replay to every recorded record and end figure on the scenario found.
    /// `scenarioChanged`: that scenario's content differs from the one recorded (SHA-256).
    case replayed(scenarioChanged: Bool)
    /// Replay departs from the file here: the file's figures are not the answers' figures.
    case doesNotReplay(Replay.Divergence)
    /// The scenario it names could not be had, so nothing could be checked.
    case unverified(reason: String)
    /// Not checked, at the reader's request (`--trust`).
    case trusted
    /// It replays, but was started mid-scenario (`--from`/`--set`): an author's try, whose score
    /// is not a score on the whole scenario.
    case startedMidScenario

    /// The session's figures may be counted: replayed, or trusted by request.
    public var counts: Bool {
        switch self {
        case .replayed, .trusted: true
        case .doesNotReplay, .unverified, .startedMidScenario: false
        }
    }

    /// Why the session is not counted, for a list of such sessions; nil when it counts.
    public var reasonNotCounted: String? {
        switch self {
        case .replayed, .trusted: nil
        case .doesNotReplay(let divergence): "does not replay: line \(divergence.line): \(divergence.message)"
        case .unverified(let reason): "unverified: \(reason)"
        case .startedMidScenario: "started mid-scenario with --from/--set: an author's try"
        }
    }
}

/// A transcript as checked: when it replayed, its end is the recomputed one, not the one written.
public struct VerifiedSession: Sendable {
    public var transcript: Transcript
    public var verification: SessionVerification

    public init(transcript: Transcript, verification: SessionVerification) {
        self.transcript = transcript
        self.verification = verification
    }
}
