import SalesMethod

/// The end of a session in figures: outcome, overall 0–100 and band, each dimension against
/// the best reachable in this scenario, and every point with its reason and turn.
public struct Scorecard: Sendable, Hashable, Codable {
    public struct Dimension: Sendable, Hashable, Codable {
        public var dimension: ScoreDimension
        public var achieved: Int
        public var best: Int
        /// 0–100; nil when nothing in this scenario can score the dimension, or its checkpoint was never reached.
        public var percent: Int?
        /// False when the dimension is scored at a checkpoint this session never came to: it is
        /// shown as not reached and left out of the overall score, not counted as 0%.
        public var reached: Bool = true
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
    /// The method's worst errors made in this session (named on the scorecard).
    public var criticalErrors: [CriticalError]
    /// Whether those errors keep the session from passing (`settings.critical_errors_block`).
    public var criticalErrorsBlockPass: Bool

    public init(state: SessionState, scenario: Scenario, best: BestScores) {
        var dimensions: [Dimension] = []
        for dimension in ScoreDimension.allCases {
            let achieved = state.points(in: dimension)
            let most = best.points[dimension] ?? 0
            let reached = Self.checkpointReached(for: dimension, state: state, scenario: scenario)
            let percent = most > 0 && reached ? Int((Double(max(0, min(achieved, most))) / Double(most) * 100).rounded()) : nil
            dimensions.append(Dimension(dimension: dimension, achieved: achieved, best: most, percent: percent,
                                        reached: reached || most <= 0))
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
        criticalErrors = CriticalError.found(in: state, scenario: scenario)
        criticalErrorsBlockPass = scenario.settings.criticalErrorsBlockPass
        passed = overall >= passMark && (criticalErrors.isEmpty || !criticalErrorsBlockPass)
        outcome = state.ending?.outcome
        self.dimensions = dimensions
        events = state.events
        followUpSigningChance = scenario.settings.followUpSigningChance
    }

    /// Classification is scored at `ask: classify` checkpoints, and people at `ask: map` ones (or by
    /// `/map`): a session that never came to such a checkpoint, and scored nothing there, has not
    /// been judged in that dimension. Other dimensions are always reached.
    static func checkpointReached(for dimension: ScoreDimension, state: SessionState, scenario: Scenario) -> Bool {
        let checkpoint: Checkpoint
        switch dimension {
        case .classification: checkpoint = .classify
        case .people: checkpoint = .map
        default: return true
        }
        let checkpoints = scenario.nodes.filter { $0.ask == checkpoint }.map(\.id)
        guard !checkpoints.isEmpty else { return true }
        if state.events.contains(where: { $0.dimension == dimension }) { return true }
        return checkpoints.contains { (state.visits[$0] ?? 0) > 0 }
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
