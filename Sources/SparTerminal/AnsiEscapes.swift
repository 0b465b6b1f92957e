/// Recognises terminal escape sequences inside strings, so width, wrapping and
/// padding can treat colour codes as invisible.
public enum AnsiEscapes {
    /// A piece of styled text: either an escape sequence or one visible character.
    enum Token: Equatable {
        case escape(String)
        case character(Character)
    }

    static let escapeCharacter: Character = "\u{1B}"
    private static let bell: Character = "\u{07}"

    /// Splits `s` into escape sequences and the characters between them.
    /// Handles CSI (`ESC [ … final`), OSC (`ESC ] … BEL` or `ESC ] … ESC \`)
    /// and two-character escapes. An unterminated sequence swallows the rest,
    /// which is what a terminal would do with it as well.
    static func tokens(_ s: String) -> [Token] {
        var tokens: [Token] = []
        var index = s.startIndex
        while index < s.endIndex {
            let character = s[index]
            guard character == escapeCharacter else {
                tokens.append(.character(character))
                index = s.index(after: index)
                continue
            }
            let end = endOfEscape(in: s, startingAt: index)
            tokens.append(.escape(String(s[index..<end])))
            index = end
        }
        return tokens
    }

    /// The text with all escape sequences removed.
    public static func stripped(_ s: String) -> String {
        guard s.contains(escapeCharacter) else { return s }
        var result = ""
        for case .character(let c) in tokens(s) { result.append(c) }
        return result
    }

    /// True for Select Graphic Rendition sequences (`ESC [ … m`), i.e. colours and attributes.
    static func isStyle(_ escape: String) -> Bool {
        escape.hasPrefix("\u{1B}[") && escape.hasSuffix("m")
    }

    /// True for the sequences that switch every attribute off.
    static func isReset(_ escape: String) -> Bool {
        escape == "\u{1B}[0m" || escape == "\u{1B}[m"
    }

    static let reset = "\u{1B}[0m"

    private static func endOfEscape(in s: String, startingAt start: String.Index) -> String.Index {
        var index = s.index(after: start)
        guard index < s.endIndex else { return index }
        let introducer = s[index]
        index = s.index(after: index)
        switch introducer {
        case "[":
            // Parameters and intermediates run until a final byte in @…~.
            while index < s.endIndex {
                let c = s[index]
                index = s.index(after: index)
                if let ascii = c.asciiValue, (0x40...0x7E).contains(ascii) { break }
            }
            return index
        case "]":
            while index < s.endIndex {
                let c = s[index]
                if c == bell { return s.index(after: index) }
                if c == escapeCharacter {
                    let next = s.index(after: index)
                    if next < s.endIndex, s[next] == "\\" { return s.index(after: next) }
                    return index
                }
                index = s.index(after: index)
            }
            return index
        default:
            return index
        }
    }
}
