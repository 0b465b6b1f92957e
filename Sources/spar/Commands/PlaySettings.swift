import SalesMethod
import SparKit

/// What `PlayOptions` holds, as plain values: the quick path to the prompt (`QuickPlay`) fills it
/// without the argument parser, and both paths play through `play` below.
struct PlaySettings {
    var mode: SessionMode = .practice
    var trainee: String?
    var className: String?
    var lang: Language?
    var out: String?
    var noColor = false

    func play(_ scenario: Scenario, console: Console, overrides: StartOverrides = StartOverrides()) -> Int32 {
        let language = lang ?? scenario.language
        let options = PlayLoop.Options(mode: mode, language: language, trainee: trainee ?? defaultTrainee,
                                       className: className, outDirectory: out ?? Paths.transcripts, overrides: overrides)
        return PlayLoop(scenario: scenario, options: options, console: console,
                        editor: makeLineEditor(for: scenario, language: language)).run()
    }
}
