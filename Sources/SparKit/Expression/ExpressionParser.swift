/// Turns expression source into an `Expression` tree.
///
/// Grammar, from lowest to highest precedence:
///
///     expression  = or
///     or          = and { ("||" | "or") and }
///     and         = equality { ("&&" | "and") equality }
///     equality    = comparison [ ("==" | "!=") comparison ]
///     comparison  = additive [ ("<" | "<=" | ">" | ">=") additive ]
///     additive    = term { ("+" | "-") term }
///     term        = unary { ("*" | "/" | "%") unary }
///     unary       = ("!" | "not" | "-") unary | primary
///     primary     = integer | string | "true" | "false" | symbol
///                 | call | name | "(" expression ")"
///     call        = ("visits" | "visited" | "known") "(" reference ")"
///     integer     = digit { digit }                  (64-bit; `-3` is unary minus)
///     string      = "'" { any but "'" } "'" | '"' { any but '"' } '"'   (no escapes)
///     symbol      = "yes" | "no" | "unknown" | "first" | "second" | "third"
///     name        = [A-Za-z_] [A-Za-z0-9_]*          (not a reserved word)
///     reference   = [A-Za-z0-9_.-]+                  (a node id or fact id)
///
/// Binary operators associate to the left. Equality and comparison do not
/// chain (`a < b < c` is an error) because the C-style reading is a trap.
/// Whitespace, including newlines, separates tokens and is otherwise ignored.
///
/// Limits: at most `Expression.maximumLength` Characters and at most
/// `Expression.maximumDepth` nested parentheses and prefix operators. Every
/// other level of recursion consumes a token, so the source length bounds it.
struct ExpressionParser {
    private var lexer: ExpressionLexer
    private var current: ExpressionToken
    private var previous: ExpressionToken?
    private var depth = 0

    static func parse(_ source: String) -> Result<Expression, ExpressionError> {
        // Taking a prefix keeps the cost bounded even for a huge input string.
        let characters = Array(source.prefix(Expression.maximumLength + 1))
        guard characters.count <= Expression.maximumLength else {
            return .failure(ExpressionError(
                "expression is longer than \(Expression.maximumLength) characters",
                offset: Expression.maximumLength))
        }
        guard characters.contains(where: { !$0.isWhitespace }) else {
            return .failure(ExpressionError("expression is empty", offset: 0))
        }
        do throws(ExpressionError) {
            var parser = try ExpressionParser(characters)
            return .success(try parser.parseWhole())
        } catch {
            return .failure(error)
        }
    }

    private init(_ characters: [Character]) throws(ExpressionError) {
        lexer = ExpressionLexer(characters)
        current = try lexer.nextToken()
    }

    private mutating func advance() throws(ExpressionError) {
        previous = current
        current = try lexer.nextToken()
    }

    private mutating func parseWhole() throws(ExpressionError) -> Expression {
        let expression = try parseOr()
        switch current.kind {
        case .end:
            return expression
        case .rightParenthesis:
            throw error("unmatched ')'", at: current)
        default:
            throw error("unexpected '\(current.text)'; expected an operator or the end", at: current)
        }
    }

    // MARK: Binary levels

    private mutating func parseOr() throws(ExpressionError) -> Expression {
        try parseLeftAssociative(operators: [.or]) { parser throws(ExpressionError) in
            try parser.parseAnd()
        }
    }

    private mutating func parseAnd() throws(ExpressionError) -> Expression {
        try parseLeftAssociative(operators: [.and]) { parser throws(ExpressionError) in
            try parser.parseEquality()
        }
    }

    private mutating func parseEquality() throws(ExpressionError) -> Expression {
        try parseNonAssociative(operators: [.equal, .notEqual]) { parser throws(ExpressionError) in
            try parser.parseComparison()
        }
    }

    private mutating func parseComparison() throws(ExpressionError) -> Expression {
        try parseNonAssociative(
            operators: [.less, .lessOrEqual, .greater, .greaterOrEqual]
        ) { parser throws(ExpressionError) in
            try parser.parseAdditive()
        }
    }

    private mutating func parseAdditive() throws(ExpressionError) -> Expression {
        try parseLeftAssociative(operators: [.add, .subtract]) { parser throws(ExpressionError) in
            try parser.parseTerm()
        }
    }

    private mutating func parseTerm() throws(ExpressionError) -> Expression {
        try parseLeftAssociative(
            operators: [.multiply, .divide, .remainder]
        ) { parser throws(ExpressionError) in
            try parser.parseUnary()
        }
    }

    /// A loop rather than recursion, so long chains like `1 + 1 + ... + 1` cost no stack.
    private mutating func parseLeftAssociative(
        operators: Set<BinaryOperator>,
        operand: (inout ExpressionParser) throws(ExpressionError) -> Expression
    ) throws(ExpressionError) -> Expression {
        var left = try operand(&self)
        while let op = currentBinaryOperator, operators.contains(op) {
            let offset = current.offset
            try advance()
            let right = try operand(&self)
            left = .binary(op, left, right, operatorOffset: offset)
        }
        return left
    }

    private mutating func parseNonAssociative(
        operators: Set<BinaryOperator>,
        operand: (inout ExpressionParser) throws(ExpressionError) -> Expression
    ) throws(ExpressionError) -> Expression {
        let left = try operand(&self)
        guard let op = currentBinaryOperator, operators.contains(op) else { return left }
        let offset = current.offset
        try advance()
        let right = try operand(&self)
        if let next = currentBinaryOperator, operators.contains(next) {
            throw error(
                "'\(current.text)' cannot follow another comparison; use parentheses or '&&'",
                at: current)
        }
        return .binary(op, left, right, operatorOffset: offset)
    }

    private var currentBinaryOperator: BinaryOperator? {
        if case .binary(let op) = current.kind { op } else { nil }
    }

    // MARK: Prefix operators and primaries

    private mutating func parseUnary() throws(ExpressionError) -> Expression {
        let op: UnaryOperator
        switch current.kind {
        case .unaryOnly(let prefix): op = prefix
        case .binary(.subtract): op = .negate
        default: return try parsePrimary()
        }
        let offset = current.offset
        try enterNesting(at: current)
        try advance()
        let operand = try parseUnary()
        depth -= 1
        return .unary(op, operand, operatorOffset: offset)
    }

    private mutating func parsePrimary() throws(ExpressionError) -> Expression {
        let token = current
        switch token.kind {
        case .integer(let number):
            try advance()
            return .literal(.int(number))
        case .string(let text):
            try advance()
            return .literal(.string(text))
        case .boolean(let flag):
            try advance()
            return .literal(.bool(flag))
        case .symbol(let word):
            try advance()
            return .literal(.symbol(word))
        case .identifier(let word):
            try advance()
            return try parseNameOrCall(word, at: token)
        case .leftParenthesis:
            try enterNesting(at: token)
            try advance()
            let inner = try parseOr()
            guard case .rightParenthesis = current.kind else {
                throw error("expected ')' to close the '(' at column \(token.offset + 1)", at: current)
            }
            try advance()
            depth -= 1
            return inner
        case .end:
            if let previous {
                throw error("expected a value after '\(previous.text)'", at: token)
            }
            throw error("expected a value", at: token)
        default:
            throw error("expected a value, found '\(token.text)'", at: token)
        }
    }

    /// Called with the identifier already consumed; `current` is the token after it.
    private mutating func parseNameOrCall(
        _ word: String, at token: ExpressionToken
    ) throws(ExpressionError) -> Expression {
        let function = ExpressionFunction(rawValue: word)
        guard case .leftParenthesis = current.kind else {
            if let function {
                let hint = "write \(word)(\(function.argumentKind))"
                throw error("expected '(' after '\(word)'; \(hint)", at: token)
            }
            return .name(NameReference(name: word, offset: token.offset))
        }
        guard let function else {
            throw error("unknown function '\(word)'; expected visits, visited or known", at: token)
        }
        // The lexer stands right after '(', so it can read an id containing '-' or '.'.
        guard let argument = lexer.scanReference() else {
            throw ExpressionError(
                "expected a \(function.argumentKind) after '\(word)('", offset: lexer.nextOffset())
        }
        try advance()
        guard case .rightParenthesis = current.kind else {
            throw error("expected ')' after '\(word)(\(argument.name)'", at: current)
        }
        try advance()
        return .call(function, argument: argument)
    }

    private mutating func enterNesting(at token: ExpressionToken) throws(ExpressionError) {
        depth += 1
        if depth > Expression.maximumDepth {
            throw error(ExpressionError.tooDeepMessage, at: token)
        }
    }

    private func error(_ message: String, at token: ExpressionToken) -> ExpressionError {
        ExpressionError(message, offset: token.offset, length: token.length)
    }
}
