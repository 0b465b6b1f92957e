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
        var out = style.bold(VisibleText.visible("\(location):")) + " \(severity): " + style.bold(VisibleText.visible(diagnostic.message))
        if let line = sourceLine(file: location.file, line: location.line) {
            let number = "\(location.line)"
            let gutter = String(repeating: " ", count: number.count)
            let (clipped, caretColumn) = Self.clip(String(line).replacingOccurrences(of: "\t", with: " "),
                                                   around: location.column)
            let text = VisibleText.visible(clipped)
            // Columns count Unicode scalars; the caret must sit under them at their display width.
            let before = String(String.UnicodeScalarView(clipped.unicodeScalars.prefix(max(0, caretColumn - 1))))
            let pad = String(repeating: " ", count: DisplayWidth.of(VisibleText.visible(before)))
            let underline = "^" + String(repeating: "~", count: max(0, min(diagnostic.length, 80) - 1))
            out += "\n" + style.blue("\(gutter) |") + "\n" + style.blue("\(number) |") + " \(text)\n"
                + style.blue("\(gutter) |") + " \(pad)" + style.bold(style.green(underline))
        }
        for note in diagnostic.notes { out += "\n" + style.bold("  note: ") + VisibleText.visible(note) }
        return out
    }

    /// Scalars of a source line shown either side of the caret: a line of a hostile file may be megabytes long.
    static let contextScalars = 60

    /// The part of `line` around `column`, with "…" where it was cut, and the caret's column in it.
    static func clip(_ line: String, around column: Int) -> (text: String, column: Int) {
        let scalars = Array(line.unicodeScalars.prefix(column + contextScalars + 1))
        let start = max(0, column - 1 - contextScalars)
        let end = min(scalars.count, column + contextScalars)
        guard start > 0 || end < scalars.count || scalars.count < line.unicodeScalars.count else { return (line, column) }
        var text = String(String.UnicodeScalarView(scalars[start..<max(start, end)]))
        var caret = column - start
        if start > 0 { text = "…" + text; caret += 1 }
        if end < line.unicodeScalars.count { text += "…" }
        return (text, caret)
    }

    private mutating func sourceLine(file: String, line: Int) -> Substring? {
        if sources[file] == nil {
            // Bounded like the loader's own read: that much holds every line a diagnostic can name.
            guard let handle = FileHandle(forReadingAtPath: file),
                  let data = try? handle.read(upToCount: ScenarioLoader.maximumFileBytes + 1) else { return nil }
            try? handle.close()
            sources[file] = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = sources[file], line >= 1, line <= lines.count else { return nil }
        return lines[line - 1]
    }
}
