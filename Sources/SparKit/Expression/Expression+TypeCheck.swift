/// A static pass for operations that can only produce their fallback value,
/// such as `need == 3` (a symbol never equals an int) or `1 + yes`.
/// They are legal — evaluation stays total — but almost surely a mistake,
/// so a loader should show them as warnings.
extension Expression {
    /// Problems found given the type of each name; names missing from `types`
    /// are not judged. Each problem points at the offending operator.
    public func typeErrors(types: [String: ExpressionType]) -> [ExpressionError] {
        var errors: [ExpressionError] = []
        _ = inferType(types: types, errors: &errors)
        return errors.sorted { $0.offset < $1.offset }
    }

    /// The type the expression produces, or nil when it depends on an unknown name.
    public func inferredType(types: [String: ExpressionType]) -> ExpressionType? {
        var ignored: [ExpressionError] = []
        return inferType(types: types, errors: &ignored)
    }

    private func inferType(
        types: [String: ExpressionType], errors: inout [ExpressionError]
    ) -> ExpressionType? {
        switch self {
        case .literal(let value):
            return value.type
        case .name(let reference):
            return types[reference.name]
        case .call(.visits, _):
            return .int
        case .call(.visited, _), .call(.known, _):
            return .bool
        case .unary(.not, let operand, _):
            _ = operand.inferType(types: types, errors: &errors)
            return .bool
        case .unary(.negate, let operand, let offset):
            if let type = operand.inferType(types: types, errors: &errors), type != .int {
                let message = "'-' needs an int, not \(type.withArticle); this is always 0"
                errors.append(ExpressionError(message, offset: offset))
            }
            return .int
        case .binary(let op, let left, let right, let offset):
            let leftType = left.inferType(types: types, errors: &errors)
            let rightType = right.inferType(types: types, errors: &errors)
            if let message = Self.mismatch(op, leftType, rightType) {
                errors.append(ExpressionError(message, offset: offset, length: op.rawValue.count))
            }
            return op.isArithmetic ? .int : .bool
        }
    }

    private static func mismatch(
        _ op: BinaryOperator, _ left: ExpressionType?, _ right: ExpressionType?
    ) -> String? {
        if op == .and || op == .or { return nil }
        if op.isEquality {
            guard let left, let right, !left.canBeCompared(with: right) else { return nil }
            return "'\(op.rawValue)' compares \(left.withArticle) with \(right.withArticle);"
                + " this is always false"
        }
        let offending = [left, right].compactMap { $0 }.first { $0 != .int }
        guard let offending else { return nil }
        let fallback = op.isArithmetic ? "0" : "false"
        return "'\(op.rawValue)' needs ints, not \(offending.withArticle); this is always \(fallback)"
    }
}
