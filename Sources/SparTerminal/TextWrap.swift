/// Word wrapping by terminal columns for English, Chinese and mixed text.
public enum TextWrap {
    /// Wraps `text` so no line is wider than `width` display columns.
    ///
    /// - English breaks at spaces; Chinese may break between any two characters,
    ///   except that closing punctuation never starts a line and opening
    ///   punctuation never ends one.
    /// - Words longer than a line are split hard.
    /// - Explicit newlines are kept.
    /// - `indent` starts every line after the first (including lines after an
    ///   explicit newline) and counts toward `width`. It is left out when the
    ///   width is too small to hold it plus a wide character.
    /// - Colour codes take no space; active colours are closed at each line end
    ///   and reopened after the indent so every line renders on its own.
    public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        let width = max(1, width)
        let indentWidth = DisplayWidth.of(indent)
        let usableIndent = indentWidth + 2 <= width ? indent : ""
        var builder = WrappedLinesBuilder(width: width, indent: usableIndent)
        let paragraphs = text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline })
        for (number, paragraph) in paragraphs.enumerated() {
            if number > 0 { builder.breakLine() }
            builder.append(paragraph: WrapSegments(expandingTabs(paragraph)))
        }
        return builder.finish()
    }

    /// Tabs have no fixed width, so they become four spaces before measuring.
    private static func expandingTabs(_ paragraph: Substring) -> String {
        guard paragraph.contains("\t") else { return String(paragraph) }
        var result = ""
        for c in paragraph {
            if c == "\t" { result += "    " } else { result.append(c) }
        }
        return result
    }
}
