/// A feature of analysed text packed in one integer: a token (unigram) or two adjacent tokens
/// (bigram), and whether it sits under a negation. Pinyin bigrams are bigrams of pinyin tokens.
enum MatchFeature {
    static let negated: UInt64 = 1 << 63
    static let bigramBit: UInt64 = 1 << 62
    static let unigramBit: UInt64 = 1 << 61

    @inline(__always)
    static func unigram(_ token: UInt32, negated: Bool) -> UInt64 {
        UInt64(token) | unigramBit | (negated ? Self.negated : 0)
    }

    @inline(__always)
    static func bigram(_ a: UInt32, _ b: UInt32, negated: Bool) -> UInt64 {
        (UInt64(a) << 28) | UInt64(b) | bigramBit | (negated ? Self.negated : 0)
    }

    static func isBigram(_ feature: UInt64) -> Bool { feature & bigramBit != 0 }
}

/// A feature with its weight and the tokens it came from (for evidence).
struct WeightedFeature: Sendable {
    var feature: UInt64
    var weight: Float
    var position: Int32
    var width: Int32
}
