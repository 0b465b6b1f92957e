/// Checks many transcripts against their scenarios through the one replay loop (`Replay.run`).
/// Per scenario content it keeps one session whose analysed choices every replay shares and takes
/// best scores from one cache, so a class of a thousand files analyses and searches each scenario once.
public struct SessionVerifier {
    private let best: @Sendable (Scenario) -> BestScores
    private var templates: [String: Session] = [:]

    public init(bestScores: BestScoresCache) {
        best = { bestScores.best(for: $0) }
    }

    /// With the best scores from wherever the caller keeps them (a server's cache).
    public init(best: @escaping @Sendable (Scenario) -> BestScores) {
        self.best = best
    }

    /// `scenario`: the scenario the transcript names, as found; nil with `unavailable` saying why not.
    public mutating func verify(_ transcript: Transcript, scenario: Scenario?, unavailable: String = "scenario not found") -> VerifiedSession {
        guard let scenario else {
            return VerifiedSession(transcript: transcript, verification: .unverified(reason: unavailable))
        }
        let template = templates[scenario.sha256] ?? {
            let fresh = Session(scenario: scenario)
            templates[scenario.sha256] = fresh
            return fresh
        }()
        let report = Replay.run(transcript, scenario: scenario, best: best(scenario),
                                version: SparVersion.current, sharing: template)
        // A killed session's torn end line: counted as the file has it, unfinished, without a score.
        if report.onlyTheEndIsMissing {
            return VerifiedSession(transcript: transcript, verification: .replayed(scenarioChanged: report.scenarioChanged))
        }
        if let divergence = report.divergence {
            return VerifiedSession(transcript: transcript, verification: .doesNotReplay(divergence))
        }
        var recomputed = transcript
        recomputed.end = report.end
        if let overrides = transcript.header.overrides, !overrides.isEmpty {
            return VerifiedSession(transcript: recomputed, verification: .startedMidScenario)
        }
        return VerifiedSession(transcript: recomputed, verification: .replayed(scenarioChanged: report.scenarioChanged))
    }
}
