import SalesMethod

/// Points in one dimension, with the rule that gave them and the reason a trainee reads.
public struct ScoreEvent: Sendable, Hashable, Codable {
    public var dimension: ScoreDimension
    public var points: Int
    /// Stable rule id (e.g. `closing.missed_signal`): reports group mistakes by it.
    public var rule: String
    public var reason: String
    /// The turn it came from (0 for the meeting's end).
    public var turn: Int

    public init(dimension: ScoreDimension, points: Int, rule: String, reason: String, turn: Int = 0) {
        self.dimension = dimension
        self.points = points
        self.rule = rule
        self.reason = reason
        self.turn = turn
    }
}

/// A rule's verdict before it is stamped with a turn.
public struct Award: Sendable, Hashable {
    public var dimension: ScoreDimension
    public var points: Int
    public var rule: String
    public var reason: String

    public init(_ dimension: ScoreDimension, _ points: Int, rule: String, reason: String) {
        self.dimension = dimension
        self.points = points
        self.rule = rule
        self.reason = reason
    }

    func event(turn: Int) -> ScoreEvent {
        ScoreEvent(dimension: dimension, points: points, rule: rule, reason: reason, turn: turn)
    }
}

/// Picks the zh or en text of a message; only the one picked is built.
@inline(__always)
func text(_ language: Language, _ zh: @autoclosure () -> String, _ en: @autoclosure () -> String) -> String {
    language == .zh ? zh() : en()
}
