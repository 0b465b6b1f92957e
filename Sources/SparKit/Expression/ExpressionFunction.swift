/// The fixed set of functions an expression may call; authors cannot add more.
public enum ExpressionFunction: String, Sendable, Hashable, CaseIterable {
    /// How many times a node was entered, as an int.
    case visits
    /// Whether a node was entered at least once.
    case visited
    /// Whether a fact has a value other than `unknown`.
    case known

    /// What the argument names, for error messages.
    var argumentKind: String {
        switch self {
        case .visits, .visited: "node id"
        case .known: "fact id"
        }
    }
}
