import Foundation
import SalesMethod
import SparKit
import SparTerminal

/// The terminal around one recorded session: reads a line, hands it to the `SessionRecorder`
/// (which stores it before returning), prints the events; ends with the scorecard.
final class PlayLoop {
    struct Options {
        var mode: SessionMode
        var language: Language
        var trainee: String
        var className: String?
        var outDirectory: String
        var overrides = StartOverrides()
    }

    let scenario: Scenario
    let options: Options
    let console: Console
    let editor: LineEditor

    init(scenario: Scenario, options: Options, console: Console, editor: LineEditor) {
        self.scenario = scenario
        self.options = options
        self.console = console
        self.editor = editor
        // Searched (or read from the cache) while the trainee plays; the scorecard needs it.
        BestScoresStore.shared.prefetch(scenario)
    }

    private func t(_ zh: String, _ en: String) -> String { options.language == .zh ? zh : en }

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
                                                            best: BestScoresStore.shared.best(for:))
        } catch {
            Console.error("spar: cannot write the transcript in \(options.outDirectory): \(error.localizedDescription)")
            return 1
        }
        defer { sink.close() }
        introduce()
        let renderer = EventRenderer(console: console, language: options.language, mode: options.mode)
        renderer.render(opening)
        return play(&recorder, path: sink.path, renderer: renderer)
    }

    /// Picks up a resumed session (see `SessionResumer`): shows where play stands, plays on.
    func resume(_ recorder: SessionRecorder, sink: FileTranscriptSink) -> Int32 {
        defer { sink.close() }
        var recorder = recorder
        introduce()
        console.line(console.style.bold(t("继续上次的会谈：已答 \(recorder.session.state.turn) 轮。",
                                          "Resuming: \(recorder.session.state.turn) turns answered so far.")))
        let renderer = EventRenderer(console: console, language: options.language, mode: options.mode)
        if recorder.isFinished { return finish(recorder, path: sink.path) }
        renderer.render(recorder.session.presentCurrentNode())
        return play(&recorder, path: sink.path, renderer: renderer)
    }

    /// The loop itself: read a line, let the recorder handle and store it, show its events.
    private func play(_ recorder: inout SessionRecorder, path: String, renderer: EventRenderer) -> Int32 {
        let prompt = Terminal.isInputTTY ? ReadlineEditor.readlineSafePrompt(console.style.bold(t("你> ", "you> "))) : ""
        while true {
            switch editor.readLine(prompt: prompt) {
            case .interrupted:
                continue
            case .endOfInput:
                editor.saveHistory()
                console.line()
                console.line(t("已保存，稍后用 spar resume 继续：\(path)", "Saved; you can pick this up later with spar resume: \(path)"))
                return 0
            case .line(let line):
                editor.addToHistory(line)
                let events: [SessionEvent]
                do {
                    events = try recorder.handle(line)
                } catch {
                    Console.error("spar: cannot write the transcript: \(error.localizedDescription)")
                    return 1
                }
                renderer.render(events)
                if events.contains(.quit) {
                    editor.saveHistory()
                    console.line(t("已保存，稍后用 spar resume 继续：\(path)", "Saved; spar resume picks it up again: \(path)"))
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
            .render(card, feedback: recorder.session.state.feedbackLog, showFeedback: options.mode == .exam)
        console.line()
        console.line(t("记录已保存：\(path)", "Transcript saved: \(path)"))
        console.flush()
        return 0
    }

    private func introduce() {
        let style = console.style
        console.line(style.bold("【\(scenario.title)】"))
        let company = scenario.account.company
        console.wrapped(t("客户：\(company)", "Account: \(company)"), indent: "  ")
        if let summary = scenario.summary { console.wrapped(summary, indent: "  ") }
        let people = scenario.contacts.map { $0.displayName(options.language) }.joined(separator: t("、", ", "))
        console.wrapped(t("在场：\(people)", "Present: \(people)"), indent: "  ")
        let meeting = scenario.meeting
        console.line(t("会谈 \(meeting.minutes) 分钟，最后 \(meeting.closingWindow) 分钟为成交窗口。",
                       "Meeting: \(meeting.minutes) minutes; the last \(meeting.closingWindow) are the closing window."))
        if options.mode == .exam {
            console.line(style.yellow(t("考试模式：不显示选项，不能提示或回退，点评在最后。",
                                        "Exam mode: no choices shown, no hints or undo; feedback at the end.")))
        }
        if options.mode == .exam {
            console.line(style.gray(t("用自己的话回答客户；/help 查看命令。", "Answer the customer in your own words; /help lists commands.")))
        } else {
            console.line(style.gray(t("输入编号或自己的话回答；/help 查看命令。", "Answer by number or in your own words; /help lists commands.")))
        }
        console.flush()
    }
}
