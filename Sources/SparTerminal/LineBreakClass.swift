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
