/// Bounds that keep the cost of parsing hostile or accidental input small.
extension Expression {
    /// Longest accepted source, in Characters.
    public static let maximumLength = 1_000
    /// Deepest accepted nesting of parentheses and prefix operators.
    public static let maximumDepth = 64
}
