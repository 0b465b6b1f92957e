/// Checks references against what a scenario declares, so a typo is caught at
/// load time instead of silently reading `unknown` while playing.
extension Expression {
    /// Reports, in source order, each bare name not in `names`, and — when the
    /// sets are given — each node id not in `nodes` and fact id not in `facts`.
    public func check(
        names: Set<String>, nodes: Set<String>? = nil, facts: Set<String>? = nil
    ) -> [ExpressionError] {
        var errors: [ExpressionError] = []
        visitInSourceOrder { expression in
            switch expression {
            case .name(let reference):
                errors += Self.unknown("name", reference, among: names)
            case .call(.visits, let argument), .call(.visited, let argument):
                if let nodes { errors += Self.unknown("node", argument, among: nodes) }
            case .call(.known, let argument):
                if let facts { errors += Self.unknown("fact", argument, among: facts) }
            default:
                break
            }
        }
        return errors
    }

    private static func unknown(
        _ kind: String, _ reference: NameReference, among declared: Set<String>
    ) -> [ExpressionError] {
        guard !declared.contains(reference.name) else { return [] }
        var message = "unknown \(kind) '\(reference.name)'"
        if let suggestion = NameSuggestion.closest(to: reference.name, among: declared) {
            message += "; did you mean '\(suggestion)'?"
        }
        return [ExpressionError(message, offset: reference.offset, length: reference.length)]
    }
}
