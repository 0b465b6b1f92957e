import SparKit

/// Starts a session of a scenario at the prompt, or, when one of this scenario and trainee was left
/// unfinished, offers to go on with it (`resume`: true goes on without asking, false starts anew).
enum NewSession {
    static func play(_ scenario: Scenario, options: PlayOptions, resume: Bool?, console: Console) -> Int32 {
        let checkpoint = CheckpointWords()
        let editor = makeLineEditor(for: scenario, language: options.language, checkpoint: checkpoint)
        // A session started elsewhere (--from, --set) is an author's test run: nothing to offer.
        if options.overrides.isEmpty, resume != false,
           let unfinished = ResumeOffer(scenario: scenario, trainee: options.trainee, folder: options.outDirectory).find(),
           resume == true || ResumeOffer.ask(about: unfinished, language: options.language, console: console, editor: editor) {
            return SessionResumer(console: console, scenarioOverride: scenario.file).resume(unfinished.path)
        }
        return PlayLoop(scenario: scenario, options: options, console: console, editor: editor,
                        checkpoint: checkpoint).run()
    }
}
