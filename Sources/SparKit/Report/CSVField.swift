/// One CSV cell, RFC 4180 style, safe to open in a spreadsheet.
public enum CSVField {
    /// Quotes a cell holding a comma, quote or line break. Text that a spreadsheet would run as a
    /// formula (a trainee named "=1+1") gets a leading apostrophe; numbers pass as they are. The
    /// first Unicode scalar is what a spreadsheet reads, so "=" followed by a combining mark or a
    /// joiner (one character to Swift) is guarded too.
    /// Control characters are shown (`VisibleText`), so no name or typed text starts a new row
    /// even in a reader that ignores quoting.
    public static func encode(_ text: String, isNumber: Bool = false) -> String {
        var value = isNumber ? text : VisibleText.visible(text)
        if !isNumber, let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func line(_ cells: [String]) -> String { cells.joined(separator: ",") + "\r\n" }
}
