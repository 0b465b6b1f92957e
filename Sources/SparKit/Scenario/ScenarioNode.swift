import SalesMethod

/// One beat of the meeting: the customer speaks or acts, then the trainee answers.
public struct ScenarioNode: Sendable, Hashable {
    public var id: String
    public var location: SourceLocation
    /// Lifecycle stage of the relationship here; inherited from the previous node when omitted.
    public var stage: LifecycleStage?
    /// The buyer's phase here (synchronized selling); inherited when omitted.
    public var buying: BuyingPhase?
    /// The lifecycle task already reached in the node's stage when play arrives here (the first
    /// sale signed three months ago, the bids already open): the earlier tasks are behind, the
    /// next one is owed before any later one.
    public var task: LifecycleTask?
    public var speaker: String?
    public var speakerLocation: SourceLocation?
    public var line: String?
    public var cue: String?
    public var signals: [BuyingSignal]
    public var objection: ObjectionKind?
    /// The customer accepts the answer here: this objection, if open, is removed — the
    /// moment to close is the customer's, not the seller's.
    public var resolves: ObjectionKind?
    public var reveals: FactTable
    /// Attitudes that change when play arrives here (the customer is won over, or turns).
    public var shifts: [AttitudeShift] = []
    public var ask: Checkpoint?
    /// Meeting minutes this beat takes.
    public var minutes: Int
    public var choices: [Choice]
    public var end: Ending?

    public init(id: String, location: SourceLocation, stage: LifecycleStage? = nil, buying: BuyingPhase? = nil,
                speaker: String? = nil, line: String? = nil, cue: String? = nil, signals: [BuyingSignal] = [],
                objection: ObjectionKind? = nil, resolves: ObjectionKind? = nil, reveals: FactTable = FactTable(), ask: Checkpoint? = nil,
                minutes: Int = 0, choices: [Choice] = [], end: Ending? = nil) {
        self.id = id
        self.location = location
        self.stage = stage
        self.buying = buying
        self.speaker = speaker
        self.line = line
        self.cue = cue
        self.signals = signals
        self.objection = objection
        self.resolves = resolves
        self.reveals = reveals
        self.ask = ask
        self.minutes = minutes
        self.choices = choices
        self.end = end
    }
}

/// A point where play stops for the trainee to judge the account.
public enum Checkpoint: String, Sendable, Hashable, Codable, CaseIterable {
    /// Classify the account A/B/C/D (or not yet known) with reasons.
    case classify
    /// Map each contact's role, attitude and style.
    case map
}
