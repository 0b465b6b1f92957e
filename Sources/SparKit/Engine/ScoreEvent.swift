import SalesMethod

/// Points in one dimension, with the rule that gave them and the reason a trainee reads.
public struct ScoreEvent: Sendable, Hashable, Codable {
    public var dimension: ScoreDimension
    public var points: Int
    /// Stable rule id (e.g. `closing.missed_signal`): reports group mistakes by it.
    public var rule: String
    /// The reason in the session's language, as written for readers of schema v1.
    public var reason: String
    /// The turn it came from (0 for the meeting's end).
    public var turn: Int
    /// What the reason is made of (ids, minutes, a percentage), so `ScoreReasonWording` can word it
    /// in either language. Nil in transcripts written before it existed, and for an author's feedback.
    public var args: [String: String]?

    public init(dimension: ScoreDimension, points: Int, rule: String, reason: String, turn: Int = 0,
                args: [String: String]? = nil) {
        self.dimension = dimension
        self.points = points
        self.rule = rule
        self.reason = reason
        self.turn = turn
        self.args = args
    }

    /// The same award as one read from a transcript: a recorded event without `args` (written
    /// before they existed) matches on everything else.
    public func sameAward(as recorded: ScoreEvent) -> Bool {
        guard recorded.args != nil else {
            return dimension == recorded.dimension && points == recorded.points && rule == recorded.rule
                && reason == recorded.reason && turn == recorded.turn
        }
        return self == recorded
    }

    /// The reason worded in `language`: from `args` when the event has them, else as recorded.
    public func reason(in language: Language) -> String {
        guard let args else { return reason }
        return ScoreReasonWording.reason(rule: rule, args: args, language: language) ?? reason
    }
}

extension [ScoreEvent] {
    /// Element by element, `ScoreEvent.sameAward(as:)`.
    public func sameAwards(as recorded: [ScoreEvent]) -> Bool {
        count == recorded.count && zip(self, recorded).allSatisfy { $0.sameAward(as: $1) }
    }
}

/// A rule's verdict before it is stamped with a turn.
public struct Award: Sendable, Hashable {
    public var dimension: ScoreDimension
    public var points: Int
    public var rule: String
    public var reason: String
    public var args: [String: String]?

    public init(_ dimension: ScoreDimension, _ points: Int, rule: String, reason: String) {
        self.dimension = dimension
        self.points = points
        self.rule = rule
        self.reason = reason
    }

    /// A method rule's award: the reason is worded from `args` by `ScoreReasonWording`.
    init(_ dimension: ScoreDimension, _ points: Int, rule: String, args: [String: String], language: Language) {
        self.dimension = dimension
        self.points = points
        self.rule = rule
        self.args = args
        reason = ScoreReasonWording.reason(rule: rule, args: args, language: language) ?? rule
    }

    func event(turn: Int) -> ScoreEvent {
        ScoreEvent(dimension: dimension, points: points, rule: rule, reason: reason, turn: turn, args: args)
    }
}

/// Picks the zh or en text of a message; only the one picked is built.
@inline(__always)
func text(_ language: Language, _ zh: @autoclosure () -> String, _ en: @autoclosure () -> String) -> String {
    language == .zh ? zh() : en()
}
