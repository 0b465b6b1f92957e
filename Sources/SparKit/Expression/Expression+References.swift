/// What an expression refers to, in source order, so a loader can check each
/// reference against the scenario and point at the exact column.
extension Expression {
    /// Every bare name read (facts, variables, clock values).
    public var names: [NameReference] {
        references { expression in
            if case .name(let reference) = expression { reference } else { nil }
        }
    }

    /// Node ids used in `visits()` and `visited()`.
    public var nodeReferences: [NameReference] {
        references { expression in
            switch expression {
            case .call(.visits, let argument), .call(.visited, let argument): argument
            default: nil
            }
        }
    }

    /// Fact ids used in `known()`.
    public var factReferences: [NameReference] {
        references { expression in
            if case .call(.known, let argument) = expression { argument } else { nil }
        }
    }

    private func references(_ pick: (Expression) -> NameReference?) -> [NameReference] {
        var found: [NameReference] = []
        visitInSourceOrder { expression in
            if let reference = pick(expression) { found.append(reference) }
        }
        return found
    }

    /// Left operands come before right ones, which matches the source for this grammar.
    func visitInSourceOrder(_ body: (Expression) -> Void) {
        body(self)
        switch self {
        case .literal, .name, .call:
            break
        case .unary(_, let operand, _):
            operand.visitInSourceOrder(body)
        case .binary(_, let left, let right, _):
            left.visitInSourceOrder(body)
            right.visitInSourceOrder(body)
        }
    }
}
