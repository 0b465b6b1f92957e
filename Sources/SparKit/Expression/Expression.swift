/// A parsed condition or value formula from a scenario, such as
/// `need == yes && visits(metrics) == 0` or `trust + 1`.
///
/// Offsets stored in the tree are 0-based Character offsets into the source,
/// so two sources that differ only in spacing parse to different (but
/// equivalent) trees. See `ExpressionParser` for the grammar.
public indirect enum Expression: Sendable, Hashable {
    case literal(ExpressionValue)
    /// A bare name resolved by the environment: a fact, variable or clock value.
    case name(NameReference)
    /// `visits(node)`, `visited(node)` or `known(fact)`.
    case call(ExpressionFunction, argument: NameReference)
    case unary(UnaryOperator, Expression, operatorOffset: Int)
    case binary(BinaryOperator, Expression, Expression, operatorOffset: Int)

    public static func parse(_ source: String) -> Result<Expression, ExpressionError> {
        ExpressionParser.parse(source)
    }
}
