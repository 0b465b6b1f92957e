/// The expression normalised for display, e.g. `(need == yes) && (visits(metrics) == 0)`.
///
/// Operators use their symbol spelling. A binary operand is parenthesised
/// unless it is the left operand of an operator of the same level that
/// associates to the left (`a - b + c`, `a * b / c`, `a || b || c`), so mixed
/// levels read unambiguously without relying on precedence, a long chain
/// nests no deeper than its source, and reparsing the text gives an
/// equivalent tree. Equality and comparisons do not chain, so their operands
/// are always parenthesised.
extension Expression: CustomStringConvertible {
    public var description: String {
        switch self {
        case .literal(let value):
            return value.description
        case .name(let reference):
            return reference.name
        case .call(let function, let argument):
            return "\(function.rawValue)(\(argument.name))"
        case .unary(let op, let operand, _):
            return op.rawValue + operand.parenthesisedIfBinary
        case .binary(let op, let left, let right, _):
            let leftText = left.continuesChain(of: op) ? left.description : left.parenthesisedIfBinary
            return "\(leftText) \(op.rawValue) \(right.parenthesisedIfBinary)"
        }
    }

    private var parenthesisedIfBinary: String {
        if case .binary = self { "(\(description))" } else { description }
    }

    /// True for the left operand of a left-associative chain `op` belongs to.
    private func continuesChain(of op: BinaryOperator) -> Bool {
        guard case .binary(let inner, _, _, _) = self, inner.precedence == op.precedence else { return false }
        return op == .or || op == .and || op.isArithmetic
    }
}
