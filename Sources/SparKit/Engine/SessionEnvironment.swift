import SalesMethod

/// What `if` and `set` expressions read: facts, the author's variables, visits and the clock.
struct SessionEnvironment: ExpressionEnvironment {
    let state: SessionState
    let meeting: Meeting

    func value(of name: String) -> ExpressionValue? {
        if let fact = AccountFact(rawValue: name) {
            return .symbol(state.known[fact] ?? FactValue.unknown.rawValue)
        }
        switch name {
        case "elapsed": return .int(state.elapsed)
        case "remaining": return .int(max(0, meeting.minutes - state.elapsed))
        case "in_window": return .bool(meeting.isInClosingWindow(elapsed: state.elapsed))
        default: return state.variables[name] ?? .int(0)
        }
    }

    func visits(of node: String) -> Int { state.visits[node] ?? 0 }

    func isKnown(fact: String) -> Bool {
        guard let fact = AccountFact(rawValue: fact) else { return false }
        return state.known.isKnown(fact)
    }
}
