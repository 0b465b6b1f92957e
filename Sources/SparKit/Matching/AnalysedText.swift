/// Text as the matcher sees it: the normalised scalars, the tokens (negation marked), the
/// synonym concepts over them, and the weighted features drawn from them.
struct AnalysedText: Sendable {
    var scalars: [Unicode.Scalar]
    var tokens: [MatchToken]
    var concepts: [ConceptSpan]
    var features: [WeightedFeature]

    /// The normalised text of tokens `range` (for evidence).
    func text(_ range: ClosedRange<Int>) -> String {
        let start = Int(tokens[range.lowerBound].start)
        var end = start
        for i in range { end = max(end, Int(tokens[i].end)) }
        return Self.string(scalars[start..<end])
    }

    /// The whole normalised text.
    var normalised: String { Self.string(scalars[...]) }

    /// UTF-8 straight from the scalars: cheaper than appending to a `String.UnicodeScalarView`.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for scalar in scalars { bytes.append(contentsOf: UTF8.encode(scalar)!) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
