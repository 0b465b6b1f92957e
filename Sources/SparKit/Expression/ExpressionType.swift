/// The kinds of value an expression can produce; used by the static type check.
public enum ExpressionType: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case int
    case bool
    case string
    case symbol

    public var description: String { rawValue }

    /// The type name with its indefinite article, for messages.
    var withArticle: String { self == .int ? "an int" : "a \(rawValue)" }

    /// Symbols and strings compare by text, so `kp == 'first'` means `kp == first`.
    func canBeCompared(with other: ExpressionType) -> Bool {
        let textual: Set<ExpressionType> = [.string, .symbol]
        return self == other || (textual.contains(self) && textual.contains(other))
    }
}
