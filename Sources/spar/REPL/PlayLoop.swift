import Foundation
import SalesMethod
import SparKit
import SparTerminal

/// The terminal around one recorded session: reads a line, hands it to the `SessionRecorder`
/// (which stores it before returning), prints the events; ends with the scorecard.
final class PlayLoop {
    let scenario: Scenario
    let options: PlayOptions
    let console: Console
    let editor: LineEditor
    /// What Tab offers on an empty word: kept to the checkpoint the session waits at.
    let checkpoint: CheckpointWords

    init(scenario: Scenario, options: PlayOptions, console: Console, editor: LineEditor,
         checkpoint: CheckpointWords = CheckpointWords()) {
        self.scenario = scenario
        self.options = options
        self.console = console
        self.editor = editor
        self.checkpoint = checkpoint
    }

    /// Whether the best-score search (for the scorecard) has been started.
    private var searchStarted = false

    /// Starts the best-score search (or its read from the cache) on another thread, once: at a
    /// terminal when the first prompt shows, so it runs while the trainee reads and types; for
    /// piped input with the first line, so input that ends at once costs no search.
    private func startBestScoreSearch() {
        guard !searchStarted else { return }
        searchStarted = true
        BestScoresStore.shared.prefetch(scenario)
    }

    private var wording: Wording { Wording(options.language) }
    private var renderer: EventRenderer { EventRenderer(console: console, language: options.language, mode: options.mode) }

    /// Plays to the end (or until the trainee leaves). Returns the process exit status.
    func run() -> Int32 {
        let sink: FileTranscriptSink
        var recorder: SessionRecorder
        let opening: [SessionEvent]
        do {
            sink = FileTranscriptSink(try TranscriptWriter(
                directory: options.outDirectory,
                fileName: TranscriptWriter.fileName(trainee: options.trainee, scenario: scenario.id, date: Date())))
            let header = TranscriptHeader(
                scenario: scenario, trainee: options.trainee, className: options.className, mode: options.mode,
                lang: options.language, version: SparVersion.current, started: UTCStamp.iso8601(Date()),
                overrides: options.overrides)
            let session = Session(scenario: scenario, mode: options.mode, language: options.language,
                                  overrides: options.overrides)
            (recorder, opening) = try SessionRecorder.start(session, header: header, sink: sink,
                                                            best: { BestScoresStore.shared.best(for: $0) })
        } catch {
            // A WriteFailure names the file and the cause ("the disk is read-only").
            Console.error("spar: cannot start the session: \(VisibleText.visible(error.localizedDescription))")
            return 1
        }
        defer { sink.close() }
        renderer.render(wording.introduction(to: scenario, mode: options.mode))
        renderer.render(opening)
        return play(&recorder, path: sink.path)
    }

    /// Picks up a resumed session (see `SessionResumer`): shows where play stands, plays on.
    func resume(_ recorder: SessionRecorder, sink: FileTranscriptSink) -> Int32 {
        defer { sink.close() }
        var recorder = recorder
        renderer.render(wording.introduction(to: scenario, mode: options.mode)
                        + [wording.resuming(turnsAnswered: recorder.session.state.turn)])
        if recorder.isFinished { return finish(recorder, path: sink.path) }
        renderer.render(recorder.session.presentCurrentNode())
        return play(&recorder, path: sink.path)
    }

    /// The loop itself: read a line, let the recorder handle and store it, show its events.
    private func play(_ recorder: inout SessionRecorder, path: String) -> Int32 {
        let renderer = self.renderer
        let prompt = Terminal.isInputTTY ? ReadlineEditor.readlineSafePrompt(console.style.bold(wording.prompt)) : ""
        if Terminal.isInputTTY { startBestScoreSearch() }
        while true {
            checkpoint.set(CompletionWords.atCheckpoint(recorder.session.state.pending, scenario: scenario,
                                                        language: options.language))
            switch editor.readLine(prompt: prompt) {
            case .interrupted:
                continue
            case .endOfInput:
                editor.saveHistory()
                renderer.render([DisplayLine(.blank)] + wording.saved(path: path))
                return 0
            case .line(let line):
                startBestScoreSearch()
                editor.addToHistory(line)
                guard RestartConfirmation.allows(line, language: options.language, editor: editor, console: console) else { continue }
                let events: [SessionEvent]
                do {
                    events = try recorder.handle(line)
                } catch {
                    Console.error("spar: the answer was not saved: \(VisibleText.visible(error.localizedDescription))")
                    return 1
                }
                renderer.render(events)
                if events.contains(.quit) {
                    editor.saveHistory()
                    renderer.render(wording.saved(path: path, byCommand: true))
                    return 0
                }
                if recorder.isFinished {
                    editor.saveHistory()
                    return finish(recorder, path: path)
                }
            }
        }
    }

    private func finish(_ recorder: SessionRecorder, path: String) -> Int32 {
        guard let card = recorder.scorecard else { return 0 }
        ScorecardRenderer(console: console, language: options.language)
            .render(card, feedback: recorder.session.state.feedbackLog, showFeedback: options.mode == .exam,
                    hintsUsed: recorder.session.journal.filter { $0.type == .hint }.count)
        renderer.render([DisplayLine(.blank)] + wording.transcriptSaved(path: path)
                        + wording.whatNext(path: path, scenario: playArgument, mode: options.mode))
        return 0
    }

    /// What `spar play` takes to start this scenario again: its id when it is the shipped one, else its file.
    private var playArgument: String {
        let shipped = ScenarioLibrary.shipped(named: scenario.id).map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        return shipped == URL(fileURLWithPath: scenario.file).standardizedFileURL.path ? scenario.id : scenario.file
    }
}
