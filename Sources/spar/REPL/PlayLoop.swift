import Foundation
import SalesMethod
import SparKit
import SparTerminal

/// The read–execute–print loop around one `Session`: reads a line, hands it to the engine,
/// journals what happened, prints the events; ends with the scorecard.
final class PlayLoop {
    let scenario: Scenario
    let options: PlayOptions
    let console: Console
    let editor: LineEditor
    private var session: Session
    /// The best reachable per dimension, searched while the trainee plays.
    private let best: BackgroundValue<BestScores>

    init(scenario: Scenario, options: PlayOptions, console: Console, editor: LineEditor) {
        self.scenario = scenario
        self.options = options
        self.console = console
        self.editor = editor
        session = Session(scenario: scenario, mode: options.mode, language: options.language, overrides: options.overrides)
        best = BackgroundValue { ScoreSearch.best(for: scenario) }
    }

    /// Goes on with a session rebuilt from its transcript (see `SessionResumer`).
    init(resuming session: Session, options: PlayOptions, console: Console, editor: LineEditor) {
        self.scenario = session.scenario
        self.options = options
        self.console = console
        self.editor = editor
        self.session = session
        let scenario = session.scenario
        best = BackgroundValue { ScoreSearch.best(for: scenario) }
    }

    private func t(_ zh: String, _ en: String) -> String { options.language == .zh ? zh : en }

    /// Plays to the end (or until the trainee leaves). Returns the process exit status.
    func run() -> Int32 {
        let writer: TranscriptWriter
        do {
            writer = try TranscriptWriter(
                directory: options.outDirectory,
                fileName: TranscriptWriter.fileName(trainee: options.trainee, scenario: scenario.id, date: Date()))
            try writer.write(TranscriptHeader(
                scenario: scenario, trainee: options.trainee, className: options.className, mode: options.mode,
                lang: options.language, version: SparVersion.current, started: UTCStamp.iso8601(Date()),
                overrides: options.overrides))
        } catch {
            Console.error("spar: cannot write the transcript in \(options.outDirectory): \(error.localizedDescription)")
            return 1
        }
        defer { writer.close() }

        introduce()
        let renderer = EventRenderer(console: console, language: options.language, mode: options.mode)
        renderer.render(session.begin())
        return play(writer: writer, renderer: renderer, written: 0)
    }

    /// Picks up a resumed session: marks the place in the transcript, shows where play stands, plays on.
    func resume(writer: TranscriptWriter) -> Int32 {
        defer { writer.close() }
        do {
            try writer.write(TranscriptResume(
                turn: session.state.turn, node: session.state.node, resumed: UTCStamp.iso8601(Date()),
                version: SparVersion.current, dropped: writer.droppedBytes))
        } catch {
            Console.error("spar: cannot write the transcript: \(error.localizedDescription)")
            return 1
        }
        introduce()
        console.line(console.style.bold(t("继续上次的会谈：已答 \(session.state.turn) 轮。", "Resuming: \(session.state.turn) turns answered so far.")))
        let renderer = EventRenderer(console: console, language: options.language, mode: options.mode)
        renderer.render(session.presentCurrentNode())
        return play(writer: writer, renderer: renderer, written: session.journal.count)
    }

    /// The loop itself. Each input's records are written and synced before its feedback is shown,
    /// so whatever the trainee has seen answered is on disk. `written` counts journal records already in the file.
    private func play(writer: TranscriptWriter, renderer: EventRenderer, written alreadyWritten: Int) -> Int32 {
        var written = alreadyWritten
        func journal() -> Bool {
            do {
                for record in session.journal.dropFirst(written) { try writer.write(record) }
                written = session.journal.count
                return true
            } catch {
                Console.error("spar: cannot write the transcript: \(error.localizedDescription)")
                return false
            }
        }
        if session.isFinished { return finish(writer: writer) }

        let prompt = Terminal.isInputTTY ? ReadlineEditor.readlineSafePrompt(console.style.bold(t("你> ", "you> "))) : ""
        while true {
            switch editor.readLine(prompt: prompt) {
            case .interrupted:
                continue
            case .endOfInput:
                editor.saveHistory()
                console.line()
                console.line(t("已保存，稍后用 spar resume 继续：\(writer.path)", "Saved; you can pick this up later with spar resume: \(writer.path)"))
                return 0
            case .line(let line):
                editor.addToHistory(line)
                let events = session.handle(line)
                guard journal() else { return 1 }
                renderer.render(events)
                if events.contains(.quit) {
                    editor.saveHistory()
                    console.line(t("已保存，稍后用 spar resume 继续：\(writer.path)", "Saved; spar resume picks it up again: \(writer.path)"))
                    return 0
                }
                if session.isFinished {
                    editor.saveHistory()
                    return finish(writer: writer)
                }
            }
        }
    }

    private func finish(writer: TranscriptWriter) -> Int32 {
        let card = Scorecard(state: session.state, scenario: scenario, best: best.value)
        do {
            try writer.write(TranscriptEnd(scorecard: card, state: session.state))
        } catch {
            Console.error("spar: cannot write the transcript: \(error.localizedDescription)")
        }
        ScorecardRenderer(console: console, language: options.language)
            .render(card, feedback: session.state.feedbackLog, showFeedback: options.mode == .exam)
        console.line()
        console.line(t("记录已保存：\(writer.path)", "Transcript saved: \(writer.path)"))
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
