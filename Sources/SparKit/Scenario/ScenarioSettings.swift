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
    /// A critical error (`CriticalError`) keeps a session from passing; a scenario may relax it.
    public var criticalErrorsBlockPass: Bool

    public init(passMark: Int = 80, followUpSigningChance: Double = 0.10, requireSponsor: Bool = true,
                weights: [ScoreDimension: Double] = [:], criticalErrorsBlockPass: Bool = true) {
        self.passMark = passMark
        self.followUpSigningChance = followUpSigningChance
        self.requireSponsor = requireSponsor
        self.weights = weights
        self.criticalErrorsBlockPass = criticalErrorsBlockPass
    }

    public func weight(of dimension: ScoreDimension) -> Double { weights[dimension] ?? 1 }
}
