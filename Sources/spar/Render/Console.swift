import Foundation
import SparTerminal

/// Where the CLI writes: styled when stdout is a terminal, wrapped to its width.
struct Console {
    var style: Style
    var width: Int

    static func automatic(noColor: Bool) -> Console {
        Console(style: .automatic(noColorFlag: noColor), width: Terminal.isOutputTTY ? Terminal.columns : 80)
    }

    func line(_ text: String = "") {
        print(text)
    }

    /// Wrapped to the terminal width, continuation lines indented.
    func wrapped(_ text: String, indent: String = "", firstIndent: String = "") {
        let lines = TextWrap.wrap(firstIndent + text, width: max(20, width - 1), indent: indent)
        for line in lines { print(line) }
    }

    func flush() { fflush(nil) }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
