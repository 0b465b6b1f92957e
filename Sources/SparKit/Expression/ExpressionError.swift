/// A problem in an expression's source, located so it can be underlined.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Short English text starting in lowercase, e.g. "unexpected character '@'".
    public let message: String
    /// 0-based Character offset in the source. It equals the source length when
    /// the problem is that the expression ended too early.
    public let offset: Int
    /// How many characters to underline; always at least 1.
    public let length: Int

    public init(_ message: String, offset: Int, length: Int = 1) {
        self.message = message
        self.offset = offset
        self.length = max(1, length)
    }

    public var description: String { "column \(offset + 1): \(message)" }
}

extension ExpressionError {
    /// The message for a source nested deeper than `Expression.maximumDepth`.
    public static let tooDeepMessage = "expression nests deeper than \(Expression.maximumDepth) levels"

    /// The source nests past the limit (and is otherwise unchecked).
    public var isTooDeep: Bool { message == Self.tooDeepMessage }
}
