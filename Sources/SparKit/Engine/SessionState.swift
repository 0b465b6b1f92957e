import SalesMethod

/// Everything that changes in play. A value: copy it to branch, encode it to save.
public struct SessionState: Sendable, Hashable, Codable {
    public var node: String
    public var stage: LifecycleStage?
    public var buying: BuyingPhase?
    public var elapsed: Int = 0
    public var known: FactTable
    public var variables: [String: ExpressionValue]
    public var visits: [String: Int] = [:]
    /// Answered turns so far.
    public var turn: Int = 0
    public var events: [ScoreEvent] = []
    public var objection: ObjectionProgress?
    public var opportunity: CloseOpportunity?
    /// Meeting minutes at which the trainee tried to close.
    public var closeAttempts: [Int] = []
    /// Contacts whose attitude play has shifted, with the attitude they hold now (the others
    /// hold the one the scenario starts them with).
    public var attitudes: [String: Attitude] = [:]
    /// The tasks of the current stage done so far, or behind it by a node's `task`.
    public var stageTasks: Set<LifecycleTask> = []
    /// Fields of each contact already scored by `/map`.
    public var mapped: [String: ContactMapping] = [:]
    public var lastClassification: CustomerClass?
    public var notes: [String] = []
    /// Feedback lines with their turn, kept for the end in exam mode.
    public var feedbackLog: [TurnFeedback] = []
    public var pending: PendingInput?
    public var ending: SessionEnding?

    public init(node: String, known: FactTable, variables: [String: ExpressionValue]) {
        self.node = node
        self.known = known
        self.variables = variables
    }

    /// The contact's attitude at this moment.
    public func attitude(of contact: Contact) -> Attitude { attitudes[contact.id] ?? contact.attitude }

    /// No sponsor, no sale: whether anyone pushes the deal now.
    public func hasSponsor(among contacts: [Contact]) -> Bool { contacts.contains { attitude(of: $0).isSponsor } }

    public func points(in dimension: ScoreDimension) -> Int {
        events.reduce(0) { $0 + ($1.dimension == dimension ? $1.points : 0) }
    }
}

public struct TurnFeedback: Sendable, Hashable, Codable {
    public var turn: Int
    public var text: String
}

/// What the next input answers, when it is not an ordinary turn.
public enum PendingInput: Sendable, Hashable, Codable {
    /// A scored classification at an `ask: classify` checkpoint.
    case classify
    /// `/classify` typed alone: the next line is a practice classification.
    case practiceClassify
    /// Contacts still to map at an `ask: map` checkpoint.
    case map([String])
    /// A typed answer matched these choice numbers closely: which one?
    case clarify([Int])
}
