/// What a Chinese keyboard slips into YAML: a full-width colon after a key (`speaker：`), a
/// full-width space or a tab in the indentation. libyaml reports each a line later and in its own
/// words; the cause is found by looking at the lines just above its error.
enum YAMLSyntaxHints {
    struct Cause {
        var line: Int
        var column: Int
        var message: String
    }

    /// How far above libyaml's error a cause is looked for.
    static let linesAbove = 3

    static func cause(in text: String, nearLine errorLine: Int) -> Cause? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard errorLine >= 1 else { return nil }
        let last = min(errorLine, lines.count)
        guard last >= 1 else { return nil }
        for number in stride(from: last, through: max(1, errorLine - linesAbove), by: -1) {
            if let found = cause(inLine: Substring(lines[number - 1]), number: number) { return found }
        }
        return nil
    }

    static func cause(inLine line: Substring, number: Int) -> Cause? {
        let indentation = line.prefix { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
        if let index = indentation.firstIndex(where: { $0 != " " }) {
            let column = line.distance(from: line.startIndex, to: index) + 1
            return Cause(line: number, column: column, message: indentation[index] == "\t"
                ? "a tab in the indentation: YAML indents with spaces only"
                : "a full-width space (U+3000) in the indentation: YAML indents with ASCII spaces only")
        }
        var rest = line.dropFirst(indentation.count)
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
        let key = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        guard !key.isEmpty, rest.dropFirst(key.count).drop(while: { $0 == " " }).first == "：" else { return nil }
        let colon = rest.dropFirst(key.count).drop { $0 == " " }
        let column = line.distance(from: line.startIndex, to: colon.startIndex) + 1
        return Cause(line: number, column: column,
                     message: "a full-width colon '：' after '\(key)': YAML needs the ASCII colon ':' after a key")
    }
}
