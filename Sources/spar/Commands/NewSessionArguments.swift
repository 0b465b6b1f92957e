import ArgumentParser
import SalesMethod
import SparKit

/// What starting a session asks besides `PlayArguments` (`spar play` and the menu): the mode, who
/// plays, and whether to pick up an unfinished session instead.
struct NewSessionArguments: ParsableArguments {
    @Option(name: .long, help: "practice (choices, hints, undo) or exam (typed answers, feedback at the end).")
    var mode: SessionMode = .practice

    @Option(name: .long, help: "The trainee's name, recorded in the transcript.")
    var trainee: String?

    @Option(name: [.customLong("class")], help: "The class or group, recorded in the transcript.")
    var className: String?

    @Flag(name: .long, inversion: .prefixedNo,
          help: "Resume an unfinished session of this scenario and trainee without asking (--no-resume: start anew). By default a terminal asks.")
    var resume: Bool?

    func options(for scenario: Scenario, _ shared: PlayArguments, overrides: StartOverrides = StartOverrides()) -> PlayOptions {
        PlayOptions(mode: mode, language: shared.lang ?? scenario.language, trainee: trainee ?? defaultTrainee,
                    className: className, outDirectory: shared.outDirectory, overrides: overrides)
    }
}
