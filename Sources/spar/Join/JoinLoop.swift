import Foundation
import NIOSSL
import SalesMethod
import SparKit
import SparServer
import SparTerminal

/// `spar join`'s terminal: the same prompt, editing, history, completion and colours as `spar
/// play`, around a session that runs on the classroom server. Lines go to the server; what comes
/// back (worded lines, notices, the scorecard) is laid out here.
final class JoinLoop: @unchecked Sendable {
    let servers: [ClassEndpoint]
    /// The first server: seat secrets are filed under it.
    var server: ServerAddress { servers[0].address }
    let code: String
    let name: String?
    let noColor: Bool
    private let console: Console
    private let printLock = NSLock()
    /// Set once the prompt's editor exists; messages arriving while it reads a line print above the prompt.
    private let editorLock = NSLock()
    private var editor: LineEditor?
    private var language: Language = .zh
    private var mode: SessionMode = .practice
    /// What Tab offers on an empty word: the server sends the words of the checkpoint play waits at.
    private let checkpoint = CheckpointWords()
    static let maximumLineBytes = 16 * 1024

    init(servers: [ClassEndpoint], code: String, name: String?, noColor: Bool) {
        self.servers = servers
        self.code = code
        self.name = name
        self.noColor = noColor
        console = Console.automatic(noColor: noColor)
    }

    private func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// Joins and plays to the end. Returns the process exit status.
    func run() -> Int32 {
        let connection = ClassConnection(
            servers: servers, code: code, name: name, secret: SeatSecrets.load(server: server, code: code, name: name ?? ""),
            onMessage: { [self] message, reconnected in present { self.show(message, reconnected: reconnected) } },
            onReconnecting: { [self] in
                present { self.printLock.withLock { Console.error(self.t("（连接中断，正在重新连接…）", "(connection lost; reconnecting…)")) } }
            })
        let task = Task { await connection.run() }
        defer { task.cancel() }
        guard let welcome = connection.waitForWelcome() else {
            Console.error("spar join: \(connection.reasonEnded ?? "could not join")")
            return 1
        }
        if !SeatSecrets.save(welcome.seat, server: server, code: code, name: name ?? "") {
            Console.error("spar join: could not keep the seat's secret in \(SeatSecrets.folder); a new spar join would get a new seat")
        }
        if welcome.finished {
            waitForEnd(connection)
            return 0
        }
        let editor = makeLineEditor(completionWords: welcome.completion, checkpoint: checkpoint)
        editorLock.withLock { self.editor = editor }
        let prompt = Terminal.isInputTTY ? ReadlineEditor.readlineSafePrompt(console.style.bold(t("你> ", "you> "))) : ""
        while true {
            if connection.isFinished { break }
            switch editor.readLine(prompt: prompt) {
            case .interrupted:
                continue
            case .endOfInput:
                editor.saveHistory()
                if connection.isFinished { break }
                console.line()
                console.line(t("座位已保留，稍后再次输入 spar join \(code) 继续。",
                               "Your seat is kept; type spar join \(code) again to go on."))
                return 0
            case .line(let line):
                editor.addToHistory(line)
                guard RestartConfirmation.allows(line, language: language, editor: editor, console: console) else { continue }
                // The server takes lines up to this size; a paste beyond it is not sent at all.
                if line.utf8.count > Self.maximumLineBytes {
                    console.wrapped(console.style.yellow(t(
                        "这一行有 \(line.utf8.count) 字节，最多 \(Self.maximumLineBytes)：没有发送。",
                        "That line is \(line.utf8.count) bytes; the most a line may be is \(Self.maximumLineBytes). It was not sent.")))
                    continue
                }
                switch connection.send(line) {
                case .answered:
                    continue
                case .finished:
                    editor.saveHistory()
                    return 0
                case .ended(let reason):
                    editor.saveHistory()
                    Console.error("spar join: \(reason)")
                    return 1
                }
            }
        }
        editor.saveHistory()
        return 0
    }

    /// Prints a message's lines from the connection's thread without breaking into the prompt.
    private func present(_ draw: @escaping @Sendable () -> Void) {
        if let editor = editorLock.withLock({ self.editor }) { editor.printAbovePrompt(draw) } else { draw() }
    }

    private func waitForEnd(_ connection: ClassConnection) {
        // The scorecard follows the welcome of a seat that has ended.
        while !connection.isFinished && connection.reasonEnded == nil { usleep(10_000) }
    }

    private func show(_ message: ServerMessage, reconnected: Bool) {
        printLock.lock()
        defer { printLock.unlock() }
        switch message {
        case .welcome(let welcome):
            language = welcome.lang
            mode = welcome.mode
            let layout = EventRenderer(console: console, language: language, mode: welcome.mode)
            if reconnected {
                console.line(console.style.gray(t("（已重新连接）", "(reconnected)")))
            } else {
                console.line(console.style.gray(t("已加入 \(welcome.className)：\(welcome.trainee)",
                                                  "Joined \(welcome.className) as \(welcome.trainee)")))
                layout.render(welcome.introduction)
            }
            layout.render(welcome.lines)
            checkpoint.set(welcome.checkpointWords ?? [])
        case .output(_, let lines, let duplicate, _, let words):
            // A resend's reply carries no lines and says nothing of where play stands.
            if !duplicate { checkpoint.set(words) }
            EventRenderer(console: console, language: language, mode: mode).render(lines)
        case .scorecard(let card, let feedback):
            ScorecardRenderer(console: console, language: language)
                .render(card, feedback: feedback, showFeedback: !feedback.isEmpty)
            console.line()
            console.line(t("记录已保存在服务器上。", "Your transcript is kept on the server."))
            console.flush()
        case .notice(let notice):
            console.wrapped(console.style.yellow(notice.text), indent: "  ")
            console.flush()
        case .rejected(_, _, let text, _):
            console.wrapped(console.style.yellow(text), indent: "  ")
            console.flush()
        case .error(_, let text):
            Console.error("spar join: \(text)")
        }
    }
}
