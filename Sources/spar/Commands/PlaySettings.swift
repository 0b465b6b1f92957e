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
    var resume: Bool?

    func play(_ scenario: Scenario, console: Console, overrides: StartOverrides = StartOverrides()) -> Int32 {
        let language = lang ?? scenario.language
        let options = PlayLoop.Options(mode: mode, language: language, trainee: trainee ?? defaultTrainee,
                                       className: className, outDirectory: out ?? Paths.transcripts, overrides: overrides)
        let editor = makeLineEditor(for: scenario, language: language)
        // A session started elsewhere (--from, --set) is an author's test run: nothing to offer.
        if overrides.isEmpty, resume != false,
           let unfinished = ResumeOffer(scenario: scenario, trainee: options.trainee, folder: options.outDirectory).find(),
           resume == true || ResumeOffer.ask(about: unfinished, language: language, console: console, editor: editor) {
            return SessionResumer(console: console, scenarioOverride: scenario.file).resume(unfinished.path)
        }
        return PlayLoop(scenario: scenario, options: options, console: console, editor: editor).run()
    }
}
