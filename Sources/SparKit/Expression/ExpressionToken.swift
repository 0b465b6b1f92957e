/// One lexical unit of an expression, with where it was written.
struct ExpressionToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case integer(Int)
        case string(String)
        case boolean(Bool)
        /// A reserved symbol word such as `yes` or `first`.
        case symbol(String)
        case identifier(String)
        case leftParenthesis
        case rightParenthesis
        case unaryOnly(UnaryOperator)
        /// `-` is both unary and binary; the parser decides by position.
        case binary(BinaryOperator)
        case end
    }

    let kind: Kind
    let offset: Int
    let length: Int
    /// The text as written, for error messages (`and` stays `and`).
    let text: String
}
