import SalesMethod

/// One line of a transcript's body: a turn, a checkpoint answer, a command. Fields a record
/// does not use stay nil and are left out of the JSON.
public struct TranscriptRecord: Sendable, Hashable, Codable {
    public var type: RecordKind
    public var turn: Int?
    public var node: String?
    /// What the trainee typed, exactly: replay feeds it back.
    public var input: String?
    /// The choice number taken.
    public var matched: Int?
    public var say: String?
    public var via: AnswerVia?
    public var candidates: [Int]?
    public var elapsed: Int?
    public var events: [ScoreEvent]?
    public var given: String?
    public var reasons: [String]?
    public var expected: String?
    public var contact: String?
    public var outcome: Outcome?

    enum CodingKeys: String, CodingKey {
        case type, turn = "n", node, input, matched, say, via, candidates, elapsed, events, given, reasons, expected,
             contact, outcome
    }

    public init(type: RecordKind, turn: Int? = nil, node: String? = nil, input: String? = nil, matched: Int? = nil,
                say: String? = nil, via: AnswerVia? = nil, candidates: [Int]? = nil, elapsed: Int? = nil,
                events: [ScoreEvent]? = nil, given: String? = nil, reasons: [String]? = nil, expected: String? = nil,
                contact: String? = nil, outcome: Outcome? = nil) {
        self.type = type
        self.turn = turn
        self.node = node
        self.input = input
        self.matched = matched
        self.say = say
        self.via = via
        self.candidates = candidates
        self.elapsed = elapsed
        self.events = events
        self.given = given
        self.reasons = reasons
        self.expected = expected
        self.contact = contact
        self.outcome = outcome
    }
}
