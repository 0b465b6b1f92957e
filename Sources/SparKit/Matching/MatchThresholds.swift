/// Where confident ends and uncertain begins, tuned on the evaluation set (`eval/matcher`).
public struct MatchThresholds: Sendable, Hashable {
    /// The best score must reach this to be taken without asking…
    public var confident: Double
    /// …and lead the second best by this much.
    public var margin: Double
    /// Below this nothing matched: the customer looks puzzled.
    public var none: Double
    /// Candidates this close to the best are offered when asking.
    public var band: Double

    public init(confident: Double, margin: Double, none: Double, band: Double) {
        self.confident = confident
        self.margin = margin
        self.none = none
        self.band = band
    }

    public static let standard = MatchThresholds(confident: 0.40, margin: 0.12, none: 0.16, band: 0.12)
}
