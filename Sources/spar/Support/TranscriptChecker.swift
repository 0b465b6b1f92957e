import SparKit

/// What `report`, `show` and `export` believe of a trainee's transcript: by default each session is
/// replayed on the scenario it names (`SessionVerifier`) and its recomputed figures are used;
/// with `--trust` its figures are taken as written.
struct TranscriptChecker {
    private var scenarios: TranscriptScenarios
    private var verifier = SessionVerifier(bestScores: BestScoresStore.shared)
    let trust: Bool

    init(folders: [String], override: String? = nil, trust: Bool) {
        scenarios = TranscriptScenarios(folders: folders, override: override)
        self.trust = trust
    }

    /// The scenario the transcript names, when it can be found and loads (`show` prints its lines).
    mutating func scenario(for transcript: Transcript, path: String) -> Scenario? {
        try? scenarios.scenario(for: transcript.header, transcript: path).get()
    }

    mutating func check(_ transcript: Transcript, path: String) -> VerifiedSession {
        if trust {
            // Taken as written, but an author's try is still not a score on the whole scenario.
            let midScenario = !(transcript.header.overrides?.isEmpty ?? true)
            return VerifiedSession(transcript: transcript, verification: midScenario ? .startedMidScenario : .trusted)
        }
        switch scenarios.scenario(for: transcript.header, transcript: path) {
        case .success(let scenario): return verifier.verify(transcript, scenario: scenario)
        case .failure(let unavailable): return verifier.verify(transcript, scenario: nil, unavailable: unavailable.reason)
        }
    }
}
