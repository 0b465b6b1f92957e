import SalesMethod

/// The first line of a transcript: which scenario (and exact version), who, how, when.
public struct TranscriptHeader: Sendable, Hashable, Codable {
    public var type = "header"
    /// The schema this spar writes and reads; a transcript naming another is refused.
    public static let currentSchema = 1
    /// Transcript schema version.
    public var schema = currentSchema
    public var scenario: String
    public var scenarioSHA256: String
    /// Where the scenario was loaded from when recorded (a hint for replay).
    public var scenarioFile: String?
    public var trainee: String
    public var className: String?
    public var mode: SessionMode
    public var lang: Language
    public var version: String
    public var started: String
    /// Set when an author started mid-scenario (`--from`, `--set`): replay starts the same way.
    public var overrides: StartOverrides?

    enum CodingKeys: String, CodingKey {
        case type, schema, scenario, scenarioSHA256 = "scenario_sha256", scenarioFile = "scenario_file", trainee,
             className = "class", mode, lang, version, started, overrides
    }

    public init(scenario: Scenario, trainee: String, className: String? = nil, mode: SessionMode, lang: Language,
                version: String, started: String, overrides: StartOverrides? = nil) {
        self.scenario = scenario.id
        self.scenarioSHA256 = scenario.sha256
        self.scenarioFile = scenario.file
        // Names typed on a command line are recorded without control or invisible characters.
        self.trainee = VisibleText.cleaned(trainee)
        self.className = className.map(VisibleText.cleaned)
        self.mode = mode
        self.lang = lang
        self.version = version
        self.started = started
        self.overrides = overrides.flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// The last line: the outcome and the scorecard's figures.
public struct TranscriptEnd: Sendable, Hashable, Codable {
    public var type = "end"
    public var outcome: Outcome?
    public var overall: Int
    public var band: Band
    public var passed: Bool
    public var dimensions: [String: Int]
    public var elapsed: Int
    public var turns: Int
    public var adjustments: [String]?
    /// The method's worst errors (`CriticalError` ids); absent when there were none.
    public var critical: [String]?

    public init(scorecard: Scorecard, state: SessionState) {
        outcome = scorecard.outcome
        overall = scorecard.overall
        band = scorecard.band
        passed = scorecard.passed
        dimensions = scorecard.dimensionPercents
        elapsed = state.elapsed
        turns = state.turn
        adjustments = state.ending.map(\.adjustments).flatMap { $0.isEmpty ? nil : $0 }
        critical = scorecard.criticalErrors.isEmpty ? nil : scorecard.criticalErrors.map(\.rawValue)
    }
}
