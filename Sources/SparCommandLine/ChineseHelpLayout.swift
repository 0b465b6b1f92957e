import Foundation
import SparTerminal

/// Turns the argument parser's help, rendered unwrapped (one line per entry), into Chinese help
/// laid out for the screen: its own headings and phrases in Chinese, and every entry wrapped by
/// display columns, which the parser (counting characters, breaking only at spaces) cannot do
/// for Chinese text.
enum ChineseHelpLayout {
    /// Wide enough that the parser breaks no line of its own.
    static let unwrappedColumns = 10_000

    /// Where the parser starts an entry's help text, after its label.
    private static let helpColumn = 26

    static func layout(_ help: String, width: Int) -> String {
        var lines: [String] = []
        for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            lines += layoutLine(line, width: width)
        }
        return lines.joined(separator: "\n")
    }

    private static func layoutLine(_ line: String, width: Int) -> [String] {
        // The usage line is kept whole, like a command to copy.
        if line.hasPrefix("USAGE: ") { return ["用法：" + line.dropFirst("USAGE: ".count)] }
        if line.hasPrefix("OVERVIEW: ") { return wrapped(String(line.dropFirst("OVERVIEW: ".count)), firstPrefix: "", width: width) }
        if let heading = headings[line] { return [heading] }
        if line.hasPrefix("  See '") { return wrapped(translatedBody(String(line.dropFirst(2))), firstPrefix: "  ", width: width) }
        if let entry = Entry(line) {
            let label = translatedLabel(entry.label)
            let body = translatedBody(entry.body)
            let padded = "  " + label
            let labelWidth = DisplayWidth.of(padded)
            // A label as wide as the column puts its help on the next line, as the parser does.
            if labelWidth >= helpColumn {
                return [padded] + wrapped(body, firstPrefix: String(repeating: " ", count: helpColumn), width: width)
            }
            return wrapped(body, firstPrefix: padded + String(repeating: " ", count: helpColumn - labelWidth), width: width)
        }
        let indent = line.prefix { $0 == " " }.count
        let text = translatedBody(String(line.dropFirst(indent)))
        return wrapped(text, firstPrefix: String(repeating: " ", count: indent), width: width)
    }

    /// `text` wrapped after `firstPrefix`, its further lines indented as far.
    private static func wrapped(_ text: String, firstPrefix: String, width: Int) -> [String] {
        guard !text.isEmpty else { return [String(firstPrefix.reversed().drop { $0 == " " }.reversed())] }
        let indentWidth = DisplayWidth.of(firstPrefix)
        // On a very narrow screen the text keeps at least this much room and the line runs over.
        let room = max(width - indentWidth, 24)
        let parts = TextWrap.wrap(text, width: room)
        let continuation = String(repeating: " ", count: indentWidth)
        return parts.enumerated().map { index, part in (index == 0 ? firstPrefix : continuation) + part }
    }

    /// An entry of an arguments, options or subcommands section: its label, then its help from
    /// the help column on (or alone on the next line when the label is wider).
    private struct Entry {
        var label: String
        var body: String

        init?(_ line: String) {
            let characters = Array(line)
            let column = ChineseHelpLayout.helpColumn
            if characters.count > column, characters[..<column].allSatisfy({ $0 == " " }), characters[column] != " " {
                label = ""
                body = String(characters[column...])
                return
            }
            guard characters.count > column, characters[0] == " ", characters[1] == " ", characters[2] != " ",
                  characters[column - 2] == " ", characters[column - 1] == " ", characters[column] != " " else { return nil }
            label = String(characters[2..<column]).trimmingCharacters(in: .whitespaces)
            body = String(characters[column...])
        }
    }

    private static let headings = [
        "ARGUMENTS:": "参数：",
        "OPTIONS:": "选项：",
        "SUBCOMMANDS:": "子命令：",
    ]

    private static func translatedLabel(_ label: String) -> String {
        label.hasSuffix(" (default)") ? String(label.dropLast(" (default)".count)) + "（默认）" : label
    }

    /// The parser's own phrases in an entry's help or a closing line.
    private static func translatedBody(_ body: String) -> String {
        switch body {
        case "Show help information.": return "显示帮助信息。"
        case "Show the version.": return "显示版本号。"
        default: break
        }
        if body.hasPrefix("See '"), body.hasSuffix(" <subcommand>' for detailed help.") {
            let command = body.dropFirst("See '".count).dropLast(" <subcommand>' for detailed help.".count)
            return "各子命令的详细说明：\(command) <子命令>"
        }
        return translatedValuesAndDefault(body)
    }

    /// `… (values: a, b; default: a)` → `…（可选值：a、b；默认：a）`.
    private static func translatedValuesAndDefault(_ body: String) -> String {
        guard body.hasSuffix(")"), let open = body.range(of: " (values: ", options: .backwards)
                ?? body.range(of: " (default: ", options: .backwards)
                ?? body.range(of: " (default as flag: ", options: .backwards) else { return body }
        let inner = body[open.lowerBound...].dropFirst(2).dropLast()
        var parts: [String] = []
        for part in inner.components(separatedBy: "; ") {
            if part.hasPrefix("values: ") {
                parts.append("可选值：" + part.dropFirst("values: ".count).replacingOccurrences(of: ", ", with: "、"))
            } else if part.hasPrefix("default as flag: ") {
                parts.append("只写选项时：" + part.dropFirst("default as flag: ".count))
            } else if part.hasPrefix("default: ") {
                parts.append("默认：" + part.dropFirst("default: ".count))
            } else {
                return body
            }
        }
        return body[..<open.lowerBound] + "（" + parts.joined(separator: "；") + "）"
    }
}
