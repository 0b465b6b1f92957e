/// Scenario-level scoring settings; defaults are the method's (docs/method.md, "Scoring rules").
public struct ScenarioSettings: Sendable, Hashable {
    /// Overall score needed to pass.
    public var passMark: Int
    /// Chance that follow-up after a meeting with no on-site close still signs (about 10%, docs/method.md).
    public var followUpSigningChance: Double
    /// The method: no sponsor, no sale — a `signed` ending with no sponsor becomes follow-up.
    public var requireSponsor: Bool
    /// Weight of each dimension in the overall score.
    public var weights: [ScoreDimension: Double]

    public init(passMark: Int = 80, followUpSigningChance: Double = 0.10, requireSponsor: Bool = true,
                weights: [ScoreDimension: Double] = [:]) {
        self.passMark = passMark
        self.followUpSigningChance = followUpSigningChance
        self.requireSponsor = requireSponsor
        self.weights = weights
    }

    public func weight(of dimension: ScoreDimension) -> Double { weights[dimension] ?? 1 }
}
