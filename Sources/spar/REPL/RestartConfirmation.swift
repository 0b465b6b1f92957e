import SalesMethod
import SparKit
import SparTerminal

/// `/restart` typed at a terminal is confirmed first: it drops every answer given so far. Piped
/// input is never asked, so scripted play stays predictable.
enum RestartConfirmation {
    /// False when `line` is `/restart` and the trainee did not confirm it (and is told so).
    static func allows(_ line: String, language: Language, editor: LineEditor, console: Console) -> Bool {
        guard Terminal.isInputTTY, Wording.isRestart(line) else { return true }
        let wording = Wording(language)
        if case .line(let reply) = editor.readLine(prompt: wording.restartQuestion), Wording.restartConfirmed(reply) {
            return true
        }
        EventRenderer(console: console, language: language, mode: .practice).render([wording.restartCancelled])
        return false
    }
}
