import SalesMethod

/// The end of a session in figures: outcome, overall 0–100 and band, each dimension against
/// the best reachable in this scenario, and every point with its reason and turn.
public struct Scorecard: Sendable, Hashable, Codable {
    public struct Dimension: Sendable, Hashable, Codable {
        public var dimension: ScoreDimension
        public var achieved: Int
        public var best: Int
        /// 0–100; nil when nothing in this scenario can score the dimension.
        public var percent: Int?
    }

    public var outcome: Outcome?
    public var overall: Int
    public var band: Band
    public var passed: Bool
    public var passMark: Int
    public var dimensions: [Dimension]
    public var events: [ScoreEvent]
    /// Shown with a follow-up outcome: the scenario's chance that follow-up still signs.
    public var followUpSigningChance: Double

    public init(state: SessionState, scenario: Scenario, best: BestScores) {
        var dimensions: [Dimension] = []
        for dimension in ScoreDimension.allCases {
            let achieved = state.points(in: dimension)
            let most = best.points[dimension] ?? 0
            let percent = most > 0 ? Int((Double(max(0, min(achieved, most))) / Double(most) * 100).rounded()) : nil
            dimensions.append(Dimension(dimension: dimension, achieved: achieved, best: most, percent: percent))
        }
        var weighted = 0.0, weights = 0.0
        for entry in dimensions {
            guard let percent = entry.percent else { continue }
            let weight = scenario.settings.weight(of: entry.dimension)
            weighted += Double(percent) * weight
            weights += weight
        }
        overall = weights > 0 ? Int((weighted / weights).rounded()) : 0
        band = Band(score: overall)
        passMark = scenario.settings.passMark
        passed = overall >= passMark
        outcome = state.ending?.outcome
        self.dimensions = dimensions
        events = state.events
        followUpSigningChance = scenario.settings.followUpSigningChance
    }

    /// Per dimension, the 0–100 figure transcripts record.
    public var dimensionPercents: [String: Int] {
        var result: [String: Int] = [:]
        for entry in dimensions { if let percent = entry.percent { result[entry.dimension.rawValue] = percent } }
        return result
    }
}

/// Score bands: ≥90 excellent, 75–89 proficient, 50–74 developing, <50 beginner.
public enum Band: String, Sendable, Hashable, Codable, CaseIterable {
    case excellent, proficient, developing, beginner

    public init(score: Int) {
        switch score {
        case 90...: self = .excellent
        case 75..<90: self = .proficient
        case 50..<75: self = .developing
        default: self = .beginner
        }
    }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.excellent, .zh): "优秀"
        case (.excellent, .en): "excellent"
        case (.proficient, .zh): "熟练"
        case (.proficient, .en): "proficient"
        case (.developing, .zh): "进步中"
        case (.developing, .en): "developing"
        case (.beginner, .zh): "入门"
        case (.beginner, .en): "beginner"
        }
    }
}
