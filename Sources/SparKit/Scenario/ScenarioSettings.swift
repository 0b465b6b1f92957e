/// Scenario-level scoring settings; defaults are the method's (DESIGN "default method rules").
public struct ScenarioSettings: Sendable, Hashable {
    /// Overall score needed to pass.
    public var passMark: Int
    /// Chance that follow-up after a meeting with no on-site close still signs (seed 001: about 10%).
    public var followUpSigningChance: Double
    /// Seed 002: no sponsor, no sale — a `signed` ending with no sponsor becomes follow-up.
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
