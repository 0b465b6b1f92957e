import SalesMethod

/// What `if` and `set` expressions read: facts, the author's variables, visits and the clock.
struct SessionEnvironment: ExpressionEnvironment {
    // Only what expressions read: a few references to copy, not the whole state.
    let known: FactTable
    let variables: [String: ExpressionValue]
    let visits: [String: Int]
    let elapsed: Int
    let meeting: Meeting

    init(_ state: SessionState, meeting: Meeting) {
        known = state.known
        variables = state.variables
        visits = state.visits
        elapsed = state.elapsed
        self.meeting = meeting
    }

    func value(of name: String) -> ExpressionValue? {
        if let fact = AccountFact(rawValue: name) {
            return .symbol(known[fact] ?? FactValue.unknown.rawValue)
        }
        switch name {
        case "elapsed": return .int(elapsed)
        case "remaining": return .int(max(0, meeting.minutes - elapsed))
        case "in_window": return .bool(meeting.isInClosingWindow(elapsed: elapsed))
        default: return variables[name] ?? .int(0)
        }
    }

    func visits(of node: String) -> Int { visits[node] ?? 0 }

    func isKnown(fact: String) -> Bool {
        guard let fact = AccountFact(rawValue: fact) else { return false }
        return known.isKnown(fact)
    }
}
