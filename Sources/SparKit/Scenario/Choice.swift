import SalesMethod

/// One thing the trainee may say at a node, and what the method makes of it.
public struct Choice: Sendable, Hashable {
    public var location: SourceLocation
    public var say: String
    /// Extra phrases that typed answers are matched against.
    public var match: [String]
    /// A few words on what the choice is about ("交期", "the price"): how an exam-mode "did you
    /// mean" names it without showing its text. Derived from the words only this choice uses when absent.
    public var gist: String?
    public var task: LifecycleTask?
    public var step: SalesStep?
    public var close: ClosingTechnique?
    /// The answer asks the customer to agree a concrete next step (a visit, a test, a meeting
    /// with the boss): at a first visit that commitment is the close, so it counts as one.
    public var nextStep: Bool = false
    public var handles: ObjectionHandling?
    public var suits: [CommunicationStyle]
    public var clashes: [CommunicationStyle]
    public var reveals: FactTable
    /// Attitudes this answer changes (a non-supporter neutralised, a supporter made a sponsor).
    public var shifts: [AttitudeShift] = []
    public var set: [VariableAssignment]
    public var condition: Condition?
    /// Author scores per dimension.
    public var score: [ScoreDimension: Int]
    public var feedback: String?
    public var minutes: Int
    public var goto: String
    public var gotoLocation: SourceLocation

    /// The close this answer makes: its `close`, or an assumptive close for an agreed next step
    /// ("下周二上午十点，我带样品过来" takes the customer's yes for granted).
    public var closing: ClosingTechnique? { close ?? (nextStep ? .assumptive : nil) }

    public init(location: SourceLocation, say: String, match: [String] = [], task: LifecycleTask? = nil,
                step: SalesStep? = nil, close: ClosingTechnique? = nil, handles: ObjectionHandling? = nil,
                suits: [CommunicationStyle] = [], clashes: [CommunicationStyle] = [], reveals: FactTable = FactTable(),
                set: [VariableAssignment] = [], condition: Condition? = nil, score: [ScoreDimension: Int] = [:],
                feedback: String? = nil, minutes: Int = 0, goto: String, gotoLocation: SourceLocation) {
        self.location = location
        self.say = say
        self.match = match
        self.task = task
        self.step = step
        self.close = close
        self.handles = handles
        self.suits = suits
        self.clashes = clashes
        self.reveals = reveals
        self.set = set
        self.condition = condition
        self.score = score
        self.feedback = feedback
        self.minutes = minutes
        self.goto = goto
        self.gotoLocation = gotoLocation
    }
}

/// An `if:` on a choice: the parsed expression and where its text starts.
public struct Condition: Sendable, Hashable {
    public var source: String
    public var expression: Expression
    public var placement: TextPlacement
    public var location: SourceLocation { placement.start }
    public init(source: String, expression: Expression, placement: TextPlacement) {
        self.source = source
        self.expression = expression
        self.placement = placement
    }
}

/// One `set:` entry: a variable and the expression giving its new value.
public struct VariableAssignment: Sendable, Hashable {
    public var name: String
    public var expression: Expression
    public var placement: TextPlacement
    public var location: SourceLocation { placement.start }
    /// Where the variable's name stands (the key under `set:`), when loaded from a file.
    public var nameLocation: SourceLocation?
    public init(name: String, expression: Expression, placement: TextPlacement, nameLocation: SourceLocation? = nil) {
        self.name = name
        self.expression = expression
        self.placement = placement
        self.nameLocation = nameLocation
    }
}
