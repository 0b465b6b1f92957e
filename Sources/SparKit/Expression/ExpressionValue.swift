/// A value an expression reads or produces.
public enum ExpressionValue: Sendable, Hashable, CustomStringConvertible {
    case int(Int)
    case bool(Bool)
    case string(String)
    /// A reserved word such as `yes`, `no`, `unknown`, `first`.
    case symbol(String)

    /// What a name the environment does not know evaluates to.
    public static let unknown = ExpressionValue.symbol("unknown")

    /// How the value counts as a condition, e.g. for `if:` and for `&&`, `||`, `!`.
    public var truthy: Bool {
        switch self {
        case .bool(let flag): flag
        case .int(let number): number != 0
        case .string(let text): !text.isEmpty
        case .symbol(let word): word != "no" && word != "unknown"
        }
    }

    public var type: ExpressionType {
        switch self {
        case .int: .int
        case .bool: .bool
        case .string: .string
        case .symbol: .symbol
        }
    }

    /// The value written as expression source, so strings keep their quotes
    /// and stay distinguishable from symbols.
    public var description: String {
        switch self {
        case .int(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .string(let text): text.contains("'") ? "\"\(text)\"" : "'\(text)'"
        case .symbol(let word): word
        }
    }
}
