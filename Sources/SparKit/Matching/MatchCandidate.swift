/// One available choice as ranked for a typed answer, with what carried the match.
public struct MatchCandidate: Sendable, Hashable, Codable {
    /// The number the trainee sees (availability order, from 1).
    public var number: Int
    /// Position in the node's choice list, from 0.
    public var index: Int
    /// 0…1: how much of the answer the choice explains and how much of a phrase the answer covers.
    public var score: Double
    /// The answer's words and n-grams that matched ("最看重", "报价≈价格"), and "¬打折" for a
    /// negated word the choice says plainly.
    public var matched: [String]

    public init(number: Int, index: Int, score: Double, matched: [String]) {
        self.number = number
        self.index = index
        self.score = score
        self.matched = matched
    }
}
