import SparKit

/// The last step before the terminal, through which `Console` writes everything: any character
/// that could steer a terminal or hide itself is shown (`VisibleText`), while colour codes
/// (`ESC [ digits ; … m`, the only escapes `Style` writes) pass. Text from files and names is also
/// made visible before it is styled, so a colour code inside a name shows as `␛[…m` too.
enum TerminalText {
    /// One line: a newline inside it is shown as ␊, so it cannot add a row to a table.
    static func line(_ text: String) -> String { shown(text, keepingLineBreaks: false) }

    /// Several lines: line breaks and tabs are kept, everything else is shown.
    static func block(_ text: String) -> String { shown(text, keepingLineBreaks: true) }

    private static func shown(_ text: String, keepingLineBreaks: Bool) -> String {
        func kept(_ scalar: Unicode.Scalar) -> Bool {
            !VisibleText.needsReplacing(scalar) || (keepingLineBreaks && (scalar == "\n" || scalar == "\t"))
        }
        let scalars = Array(text.unicodeScalars)
        guard !scalars.allSatisfy(kept) else { return text }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let end = endOfColourCode(scalars, at: index) {
                result.append(contentsOf: scalars[index..<end])
                index = end
                continue
            }
            let scalar = scalars[index]
            if kept(scalar) { result.append(scalar) } else { result.append(contentsOf: (VisibleText.picture(scalar) ?? "").unicodeScalars) }
            index += 1
        }
        return String(result)
    }

    /// The end of `ESC [ digits;… m` starting at `index`, or nil when no such code starts there.
    private static func endOfColourCode(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" else { return nil }
        var end = index + 2
        while end < scalars.count, scalars[end] == ";" || ("0"..."9").contains(scalars[end]) { end += 1 }
        return end < scalars.count && scalars[end] == "m" ? end + 1 : nil
    }
}
