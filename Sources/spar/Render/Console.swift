import Foundation
import SparTerminal

/// Where the CLI writes: styled when stdout is a terminal, wrapped to its width.
struct Console {
    var style: Style
    var width: Int
    /// On a terminal, a line wider than the window is wrapped here rather than by the terminal,
    /// so even 20 columns read cleanly; piped output keeps its lines whole for scripts.
    var wrapsLongLines = false

    static func automatic(noColor: Bool) -> Console {
        let isTerminal = Terminal.isOutputTTY
        return Console(style: .automatic(noColorFlag: noColor), width: isTerminal ? Terminal.columns : 80,
                       wrapsLongLines: isTerminal)
    }

    func line(_ text: String = "") {
        let text = TerminalText.line(text)
        guard wrapsLongLines, DisplayWidth.of(text) > width else {
            print(text)
            return
        }
        for part in TextWrap.wrap(text, width: width, indent: "  ") { print(part) }
    }

    /// One line printed whole whatever the width: a path or a command to copy.
    func unbroken(_ text: String) {
        print(TerminalText.line(text))
    }

    /// Wrapped to the terminal width, continuation lines indented.
    func wrapped(_ text: String, indent: String = "", firstIndent: String = "") {
        let lines = TextWrap.wrap(TerminalText.line(firstIndent + text), width: max(20, width - 1), indent: indent)
        for line in lines { print(line) }
    }

    func flush() { fflush(nil) }

    /// Text for stdout that may span lines (a command's report, JSON, Markdown), shown safely.
    static func out(_ text: String, terminator: String = "\n") {
        print(TerminalText.block(text), terminator: terminator)
    }

    /// One row of a listing on stdout: a line break inside it is shown, so it stays one row.
    static func outRow(_ text: String) {
        print(TerminalText.line(text))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.block(text) + "\n").utf8))
    }
}
