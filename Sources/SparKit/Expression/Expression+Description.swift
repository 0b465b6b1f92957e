/// The expression normalised for display, e.g. `(need == yes) && (visits(metrics) == 0)`.
///
/// Operators use their symbol spelling. A binary operand is parenthesised
/// unless it is the left operand of the same operator, so mixed operators
/// read unambiguously without relying on precedence, and reparsing the text
/// gives an equivalent tree.
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
            let leftText = left.isBinary(op) ? left.description : left.parenthesisedIfBinary
            return "\(leftText) \(op.rawValue) \(right.parenthesisedIfBinary)"
        }
    }

    private var parenthesisedIfBinary: String {
        if case .binary = self { "(\(description))" } else { description }
    }

    private func isBinary(_ op: BinaryOperator) -> Bool {
        if case .binary(op, _, _, _) = self { true } else { false }
    }
}
