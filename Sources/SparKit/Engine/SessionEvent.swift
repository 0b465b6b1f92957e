import SalesMethod

/// A choice as the trainee sees it: numbered among those available now.
public struct NumberedChoice: Sendable, Hashable, Codable {
    public var number: Int
    public var say: String
    public init(number: Int, say: String) {
        self.number = number
        self.say = say
    }
}

/// The meeting clock at a moment.
public struct ClockReading: Sendable, Hashable, Codable {
    public var elapsed: Int
    public var total: Int
    public var windowOpensAt: Int
    public var inWindow: Bool { elapsed >= windowOpensAt }
    public var remaining: Int { max(0, total - elapsed) }
}

/// How the session ended.
public struct SessionEnding: Sendable, Hashable, Codable {
    public var outcome: Outcome
    /// The ending node's text, or why the meeting stopped (time up, stalled).
    public var text: String?
    /// Changes the method made to the author's outcome (no close in the window, no sponsor).
    public var adjustments: [String]
    public var node: String
    public var elapsed: Int
}

/// What the engine tells a front end after an input. A front end renders these; it decides nothing.
public enum SessionEvent: Sendable, Hashable {
    case stageChanged(LifecycleStage)
    case customerSays(speaker: Contact?, line: String)
    case cue(String)
    case clock(ClockReading)
    /// Practice mode: the choices to pick from.
    case choices([NumberedChoice])
    /// Exam mode: the trainee must type an answer.
    case awaitingAnswer
    /// Play stops until the trainee classifies the account.
    case askClassify
    /// Play stops until the trainee maps this contact (role, attitude, style).
    case askMap(Contact)
    /// The trainee's answer was taken as this choice.
    case answered(NumberedChoice, byNumber: Bool)
    /// A typed answer could mean several choices: which one?
    case whichDidYouMean([NumberedChoice])
    /// A typed answer matched nothing: the customer looks puzzled.
    case notUnderstood
    case feedback(String)
    case score(ScoreEvent)
    case classified(given: CustomerClass, reasons: [ClassificationReason], expected: Classification, scored: Bool)
    case mapped(Contact, ContactMapping)
    case status(SessionStatus)
    case hint([String])
    case notes([String])
    case help([CommandHelp])
    case notice(Notice)
    case ended(SessionEnding)
    case quit
}

public struct CommandHelp: Sendable, Hashable {
    public var command: String
    public var summary: String
}

/// What `/status` shows.
public struct SessionStatus: Sendable, Hashable {
    public var node: String
    public var stage: LifecycleStage?
    public var buying: BuyingPhase?
    public var clock: ClockReading
    public var known: FactTable
    public var points: [ScoreDimension: Int]
    public var mapped: [String: ContactMapping]
    public var lastClassification: CustomerClass?
    public var openObjection: ObjectionKind?
}
