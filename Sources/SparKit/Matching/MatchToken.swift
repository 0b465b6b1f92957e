/// One unit the matcher compares: a Chinese character, an English word (stemmed), a number,
/// or a synonym concept standing for a whole phrase. Ids are plain integers so that features
/// can be packed into one `UInt64` and compared without building strings per answer.
struct MatchToken: Sendable, Hashable {
    var id: UInt32
    /// The token's scalars in the normalised text (for evidence).
    var start: Int32
    var end: Int32
    /// Punctuation came before it: n-grams do not cross a clause.
    var breakBefore: Bool
    /// A space between two Chinese characters came before it: trainees who skip punctuation type
    /// a space where a comma goes ("没有了 谢谢郑总"), so it ends a negation's reach (n-grams still cross it).
    var spaceBefore: Bool = false
    /// Inside a negation's window ("不" + "打折").
    var negated: Bool = false
    /// The negation word itself (不, 没有, not): grammar, not substance.
    var negationCue: Bool = false
    /// A greeting, acknowledgement or filler (`PhaticPhrases`): it weighs nothing.
    var phatic: Bool = false
    /// Part of a contact's name: it helps rank, but is no substance on its own.
    var name: Bool = false
    /// Part of a small-talk subject (`SmallTalkTopics`): content, but a sign the answer is an aside.
    var smallTalk: Bool = false

    var kind: TokenKind { TokenKind(rawValue: id & TokenKind.mask) ?? .han }
}

/// The kind of a token id, kept in bits 24–26; the value sits below.
enum TokenKind: UInt32 {
    case han = 0
    case number = 0x0100_0000
    case word = 0x0200_0000
    case concept = 0x0300_0000
    /// A word the scenario never uses: it can match nothing, but it still counts in the answer's weight.
    case unknownWord = 0x0400_0000
    case pinyin = 0x0500_0000
    /// `#` in a synonym variant: any number ("打#折" reads "打九折", "打8折").
    case anyNumber = 0x0600_0000

    static let mask: UInt32 = 0x0F00_0000
    static let valueMask: UInt32 = 0x00FF_FFFF

    func id(_ value: UInt32) -> UInt32 { rawValue | (value & TokenKind.valueMask) }
}
