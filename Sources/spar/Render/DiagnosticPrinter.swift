import Foundation
import SparKit
import SparTerminal

/// Compiler-style diagnostics: `path:line:col: error[CODE]: message`, the source line and a caret.
struct DiagnosticPrinter {
    let style: Style
    private var sources: [String: [Substring]] = [:]

    init(style: Style) { self.style = style }

    mutating func format(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        let severity: String
        switch diagnostic.severity {
        case .error: severity = style.bold(style.red("error[\(diagnostic.code.rawValue)]"))
        case .warning: severity = style.bold(style.yellow("warning[\(diagnostic.code.rawValue)]"))
        case .note: severity = style.bold("note")
        }
        var out = style.bold("\(location):") + " \(severity): " + style.bold(diagnostic.message)
        if let line = sourceLine(file: location.file, line: location.line) {
            let number = "\(location.line)"
            let gutter = String(repeating: " ", count: number.count)
            let text = String(line).replacingOccurrences(of: "\t", with: " ")
            // Columns count Unicode scalars; the caret must sit under them at their display width.
            let before = String(String.UnicodeScalarView(text.unicodeScalars.prefix(max(0, location.column - 1))))
            let pad = String(repeating: " ", count: DisplayWidth.of(before))
            let underline = "^" + String(repeating: "~", count: max(0, min(diagnostic.length, 80) - 1))
            out += "\n" + style.blue("\(gutter) |") + "\n" + style.blue("\(number) |") + " \(text)\n"
                + style.blue("\(gutter) |") + " \(pad)" + style.bold(style.green(underline))
        }
        for note in diagnostic.notes { out += "\n" + style.bold("  note: ") + note }
        return out
    }

    private mutating func sourceLine(file: String, line: Int) -> Substring? {
        if sources[file] == nil {
            guard let data = FileManager.default.contents(atPath: file) else { return nil }
            sources[file] = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = sources[file], line >= 1, line <= lines.count else { return nil }
        return lines[line - 1]
    }
}
