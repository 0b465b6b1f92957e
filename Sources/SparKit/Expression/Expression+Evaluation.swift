/// Evaluation is total: every expression yields a value for every environment.
/// Operands of the wrong type give a fallback instead of an error — `false`
/// for comparisons and `0` for arithmetic — so a mistyped condition never
/// opens a branch by accident. `typeErrors(types:)` reports such mistakes statically.
extension Expression {
    /// Evaluates against the environment; total (never throws, never traps).
    public func evaluate(in environment: some ExpressionEnvironment) -> ExpressionValue {
        switch self {
        case .literal(let value):
            return value
        case .name(let reference):
            return environment.value(of: reference.name) ?? .unknown
        case .call(let function, let argument):
            switch function {
            case .visits: return .int(environment.visits(of: argument.name))
            case .visited: return .bool(environment.visits(of: argument.name) > 0)
            case .known: return .bool(environment.isKnown(fact: argument.name))
            }
        case .unary(.not, let operand, _):
            return .bool(!operand.evaluate(in: environment).truthy)
        case .unary(.negate, let operand, _):
            guard case .int(let number) = operand.evaluate(in: environment) else { return .int(0) }
            return .int(SaturatingArithmetic.negate(number))
        case .binary(.or, let left, let right, _):
            return .bool(left.evaluate(in: environment).truthy || right.evaluate(in: environment).truthy)
        case .binary(.and, let left, let right, _):
            return .bool(left.evaluate(in: environment).truthy && right.evaluate(in: environment).truthy)
        case .binary(let op, let left, let right, _):
            return Self.apply(op, left.evaluate(in: environment), right.evaluate(in: environment))
        }
    }

    /// A condition's outcome, e.g. for a choice's `if:`.
    public func isSatisfied(in environment: some ExpressionEnvironment) -> Bool {
        evaluate(in: environment).truthy
    }

    private static func apply(
        _ op: BinaryOperator, _ left: ExpressionValue, _ right: ExpressionValue
    ) -> ExpressionValue {
        if op.isEquality {
            guard let same = textOrValueEquality(left, right) else { return .bool(false) }
            return .bool(op == .equal ? same : !same)
        }
        guard case .int(let a) = left, case .int(let b) = right else {
            return op.isArithmetic ? .int(0) : .bool(false)
        }
        switch op {
        case .less: return .bool(a < b)
        case .lessOrEqual: return .bool(a <= b)
        case .greater: return .bool(a > b)
        case .greaterOrEqual: return .bool(a >= b)
        case .add: return .int(SaturatingArithmetic.add(a, b))
        case .subtract: return .int(SaturatingArithmetic.subtract(a, b))
        case .multiply: return .int(SaturatingArithmetic.multiply(a, b))
        case .divide: return .int(SaturatingArithmetic.divide(a, b))
        case .remainder: return .int(SaturatingArithmetic.remainder(a, b))
        case .or, .and, .equal, .notEqual: return .bool(false)  // handled above
        }
    }

    /// nil when the types cannot be compared; symbols and strings compare by text.
    private static func textOrValueEquality(_ left: ExpressionValue, _ right: ExpressionValue) -> Bool? {
        switch (left, right) {
        case (.int(let a), .int(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.string(let a), .string(let b)),
             (.symbol(let a), .symbol(let b)),
             (.string(let a), .symbol(let b)),
             (.symbol(let a), .string(let b)): a == b
        default: nil
        }
    }
}
