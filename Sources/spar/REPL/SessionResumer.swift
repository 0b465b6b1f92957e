import Foundation
import SalesMethod
import SparKit
import SparTerminal

/// Reopens an unfinished transcript and plays on from where it stopped: rebuilds the session by
/// replaying its inputs, cuts off a line the interruption tore, marks the place with a resume
/// record and hands over to the REPL. For `spar resume` and the offer `spar play` makes.
struct SessionResumer {
    let console: Console
    /// A scenario file to use instead of the recorded one.
    var scenarioOverride: String?
    /// spar's own language instead of the recorded one.
    var language: Language?
    /// `--scenarios DIR`: where the recorded scenario file may lie, and ids are looked up.
    var scenarioFolders: [String] = []

    func resume(_ path: String) -> Int32 {
        let transcript: Transcript
        switch Transcript.read(path: path) {
        case .failure(let diagnostic):
            Console.error("spar resume: \(diagnostic)")
            return 1
        case .success(let read):
            transcript = read
        }
        // A cut-off last line is expected after a kill: say so, it is dropped below.
        for warning in transcript.diagnostics { Console.error("\(warning)") }
        let header = transcript.header
        if transcript.end != nil {
            Console.error("spar resume: \(path) is finished (it has an end record); nothing to resume")
            return 1
        }
        guard let scenario = loadScenario(for: header, transcript: path) else { return 1 }
        if scenario.sha256 != header.scenarioSHA256 {
            Console.error("spar resume: note: \(scenario.file) changed since this session was recorded")
        }
        let session: Session
        switch Resumption.restore(transcript, scenario: scenario) {
        case .success(let restored):
            session = restored
        case .failure(let failure):
            Console.error("spar resume: " + describe(failure, path: path))
            return 1
        }
        // Opened only now: reopening cuts a torn last line, which a session that cannot go on keeps.
        let sink: FileTranscriptSink
        let recorder: SessionRecorder
        do {
            sink = FileTranscriptSink(try TranscriptWriter(appendingTo: path))
            recorder = try SessionRecorder.resume(session, header: header, sink: sink, best: { BestScoresStore.shared.best(for: $0) },
                                                  version: SparVersion.current, droppedBytes: sink.writer.droppedBytes)
        } catch {
            Console.error("spar resume: \(VisibleText.visible(error.localizedDescription))")
            return 1
        }
        let options = PlayOptions(mode: header.mode, language: language ?? header.lang, trainee: header.trainee,
                                       className: header.className,
                                       outDirectory: (path as NSString).deletingLastPathComponent,
                                       overrides: header.overrides ?? StartOverrides())
        let checkpoint = CheckpointWords()
        let editor = makeLineEditor(for: scenario, language: header.lang, checkpoint: checkpoint)
        return PlayLoop(scenario: scenario, options: options, console: console, editor: editor, checkpoint: checkpoint)
            .resume(recorder, sink: sink)
    }

    private func loadScenario(for header: TranscriptHeader, transcript path: String) -> Scenario? {
        guard let (file, fromTranscript) = ScenarioLibrary.resolve(for: header, transcript: path, override: scenarioOverride,
                                                                      folders: scenarioFolders) else {
            Console.error("spar resume: cannot find scenario '\(VisibleText.visible(header.scenario))' for \(VisibleText.visible(path)); give it with --scenario FILE or --scenarios DIR")
            return nil
        }
        let loaded = ScenarioLoader.load(contentsOfFile: file)
        var printer = DiagnosticPrinter(style: console.style)
        guard let scenario = loaded.scenario else {
            // A file the transcript named is not quoted: its content is not the transcript's to show.
            if !fromTranscript { for diagnostic in loaded.diagnostics { Console.error(printer.format(diagnostic)) } }
            Console.error("spar resume: \(VisibleText.visible(file)) does not load; the session cannot go on")
            return nil
        }
        return scenario
    }

    private func describe(_ failure: Resumption.Failure, path: String) -> String {
        switch failure {
        case .finished:
            return "\(path) is finished; nothing to resume"
        case .otherScenario(let recorded, let given):
            return "\(path) is a session of '\(recorded)', not '\(given)'"
        case .diverges(let divergence):
            return "\(path):\(divergence.line): the scenario no longer plays this session the same way "
                + "(\(divergence.message)); it cannot be resumed exactly"
        }
    }
}
