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
        let end = range.map { Int(tokens[$0].end) }.max() ?? start
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
