import SparCommandLine
import SparKit

// What the command-line groups leave to spar's own defaults: the transcripts folder and the trainee.
extension PlayArguments {
    var outDirectory: String { out ?? Paths.transcripts }
}

extension NewSessionArguments {
    func options(for scenario: Scenario, _ shared: PlayArguments, overrides: StartOverrides = StartOverrides()) -> PlayOptions {
        PlayOptions(mode: mode ?? .practice, language: shared.lang ?? scenario.language, trainee: trainee ?? defaultTrainee,
                    className: className, outDirectory: shared.outDirectory, overrides: overrides)
    }
}
