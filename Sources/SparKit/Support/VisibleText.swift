import Foundation

/// Text from a file or a command line made safe to show: every character that could steer a
/// terminal or hide itself is replaced by a visible stand-in, so what is shown is what is there.
/// C0 controls and DEL become their control pictures (ESC as ␛, a newline as ␊: a table row
/// cannot be broken); C1 controls, bidirectional controls, zero-width characters, line and
/// paragraph separators become `<U+XXXX>`.
public enum VisibleText {
    public static func visible(_ text: String) -> String {
        ScalarEscape.map(text, picture)
    }

    /// The stand-in for one scalar, or nil when it is shown as it is.
    public static func picture(_ scalar: Unicode.Scalar) -> String? {
        guard needsReplacing(scalar) else { return nil }
        switch scalar.value {
        case 0x00...0x1F: return String(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: return "\u{2421}"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)>"
        }
    }

    /// The text without the characters `visible` would replace, and trimmed: a name as it is
    /// recorded (`--trainee`, `--class`), so the file never carries them.
    public static func cleaned(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { !needsReplacing($0) })
        return String(kept).trimmingCharacters(in: .whitespaces)
    }

    /// `visible`, cut to its first `limit` characters with "…" after, for quoting in a message.
    public static func quoted(_ text: String, limit: Int) -> String {
        let shown = visible(text)
        return shown.count > limit ? String(shown.prefix(limit)) + "…" : shown
    }

    /// Characters never shown as they are.
    public static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x180E, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF, 0xFFF9...0xFFFB: return true
        default: return false
        }
    }
}
