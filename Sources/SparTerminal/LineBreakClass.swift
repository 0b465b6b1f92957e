/// How a character behaves at a potential line break, for mixed Chinese/English text.
enum LineBreakClass: Equatable {
    /// Breakable whitespace; dropped when a line is broken there.
    case space
    /// Closing punctuation that must not start a line (kinsoku), e.g. ，。）」
    case closing
    /// Opening punctuation that must not end a line, e.g. （「“
    case opening
    /// Everything else; wide (CJK) characters allow breaks on either side.
    case ordinary

    init(_ c: Character) {
        // Fast paths for the bulk of the text: ASCII, and CJK ideographs (never spaces or punctuation).
        let scalars = c.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            switch first.value {
            case 0x09...0x0D, 0x20: self = .space; return
            case 0x21...0x7E:
                if Self.asciiClosing.contains(UInt8(first.value)) { self = .closing; return }
                if Self.asciiOpening.contains(UInt8(first.value)) { self = .opening; return }
                self = .ordinary
                return
            case 0x3400...0x4DBF, 0x4E00...0x9FFF: self = .ordinary; return
            default: break
            }
        }
        if c == "\u{200B}" || (c.isWhitespace && !LineBreakClass.nonBreakingSpaces.contains(c)) {
            self = .space
        } else if LineBreakClass.closingPunctuation.contains(c) {
            self = .closing
        } else if LineBreakClass.openingPunctuation.contains(c) {
            self = .opening
        } else {
            self = .ordinary
        }
    }

    /// Whether a line may break between two adjacent non-space characters.
    /// Latin words stay together; a break needs a wide character on one side
    /// and must respect the kinsoku rules.
    static func allowsBreak(between before: Character, beforeWidth: Int, and after: Character, afterWidth: Int) -> Bool {
        if LineBreakClass(after) == .closing || LineBreakClass(before) == .opening { return false }
        return beforeWidth >= 2 || afterWidth >= 2
    }

    // The ASCII members of the sets below, as bytes.
    private static let asciiClosing: Set<UInt8> = Set(",.!?;:)]}%".utf8)
    private static let asciiOpening: Set<UInt8> = Set("([{".utf8)

    private static let nonBreakingSpaces: Set<Character> = ["\u{00A0}", "\u{2007}", "\u{202F}", "\u{2060}", "\u{FEFF}"]

    private static let closingPunctuation: Set<Character> = [
        "，", "。", "！", "？", "；", "：", "、", "）", "」", "』", "”", "’", "》", "〉", "】", "〕", "〗", "〙", "〛",
        "｝", "］", "．", "％", "｠", "｣", "…", "‥", "〟", "〞",
        ",", ".", "!", "?", ";", ":", ")", "]", "}", "%",
    ]

    private static let openingPunctuation: Set<Character> = [
        "（", "「", "『", "“", "‘", "《", "〈", "【", "〔", "〖", "〘", "〚", "｛", "［", "｟", "｢", "〝",
        "(", "[", "{",
    ]
}
