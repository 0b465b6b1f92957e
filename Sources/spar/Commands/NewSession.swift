import SparKit

/// Starts a session of a scenario at the prompt, or, when one of this scenario and trainee was left
/// unfinished, offers to go on with it (`resume`: true goes on without asking, false starts anew).
/// A mode asked for on the command line is honoured: an unfinished session of the other mode is
/// kept for `spar resume`, and a new session starts.
enum NewSession {
    static func play(_ scenario: Scenario, options: PlayOptions, requestedMode: SessionMode?, resume: Bool?,
                     console: Console) -> Int32 {
        let checkpoint = CheckpointWords()
        let editor = makeLineEditor(for: scenario, language: options.language, checkpoint: checkpoint)
        // A session started elsewhere (--from, --set) is an author's test run: nothing to offer.
        if options.overrides.isEmpty, resume != false,
           let unfinished = ResumeOffer(scenario: scenario, trainee: options.trainee, folder: options.outDirectory).find() {
            if let requestedMode, requestedMode != unfinished.header.mode {
                ResumeOffer.tellKept(unfinished, requested: requestedMode, language: options.language, console: console)
            } else {
                let answer = resume == true ? .resume
                    : ResumeOffer.ask(about: unfinished, title: scenario.title, language: options.language, console: console,
                                      editor: editor)
                switch answer {
                case .resume: return SessionResumer(console: console, scenarioOverride: scenario.file).resume(unfinished.path)
                case .quit: return 0
                case .startAnew: break
                }
            }
        }
        return PlayLoop(scenario: scenario, options: options, console: console, editor: editor,
                        checkpoint: checkpoint).run()
    }
}
