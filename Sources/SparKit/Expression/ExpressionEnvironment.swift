/// What an expression can read: named values, node visit counts and whether facts are known.
public protocol ExpressionEnvironment {
    /// The value of a fact, variable or clock value; nil when the name is not
    /// known, which evaluates to `ExpressionValue.unknown`.
    func value(of name: String) -> ExpressionValue?
    /// How many times the player has entered the node.
    func visits(of node: String) -> Int
    /// Whether the fact has a value other than `unknown`.
    func isKnown(fact: String) -> Bool
}
