/// Prefix operators.
public enum UnaryOperator: String, Sendable, Hashable, CaseIterable {
    /// `!` or `not`: the negated truthiness of the operand.
    case not = "!"
    /// `-`: integer negation.
    case negate = "-"
}
