/// Splits expression source into tokens on demand.
///
/// The parser pulls one token at a time so that it can switch to
/// `scanReference()` inside `visits(...)`, where node ids may contain `-` and `.`.
struct ExpressionLexer {
    private let characters: [Character]
    private var position = 0

    /// Words with a fixed meaning; they can never be names.
    static let symbolWords: Set<String> = ["yes", "no", "unknown", "first", "second", "third"]

    init(_ characters: [Character]) {
        self.characters = characters
    }

    mutating func nextToken() throws(ExpressionError) -> ExpressionToken {
        skipWhitespace()
        let start = position
        guard position < characters.count else {
            return ExpressionToken(kind: .end, offset: start, length: 1, text: "")
        }
        let character = characters[position]
        if character.isDigitASCII {
            return try scanInteger()
        }
        if character.isIdentifierStart {
            return scanWord()
        }
        if character == "'" || character == "\"" {
            return try scanString(quote: character)
        }
        return try scanOperator()
    }

    /// Reads a node or fact id (`[A-Za-z0-9_.-]+`) right after `(`; nil when there is none.
    mutating func scanReference() -> NameReference? {
        skipWhitespace()
        let start = position
        while position < characters.count, characters[position].isReferenceCharacter {
            position += 1
        }
        guard position > start else { return nil }
        return NameReference(name: String(characters[start..<position]), offset: start)
    }

    /// Where the next token would start, for errors about something missing.
    mutating func nextOffset() -> Int {
        skipWhitespace()
        return position
    }

    private mutating func skipWhitespace() {
        while position < characters.count, characters[position].isWhitespace {
            position += 1
        }
    }

    private mutating func scanInteger() throws(ExpressionError) -> ExpressionToken {
        let start = position
        while position < characters.count, characters[position].isDigitASCII {
            position += 1
        }
        let text = String(characters[start..<position])
        guard let number = Int(text) else {
            throw ExpressionError(
                "integer \(text) is too large", offset: start, length: position - start)
        }
        return token(.integer(number), from: start)
    }

    private mutating func scanWord() -> ExpressionToken {
        let start = position
        while position < characters.count, characters[position].isIdentifierContinuation {
            position += 1
        }
        let word = String(characters[start..<position])
        let kind: ExpressionToken.Kind =
            switch word {
            case "true": .boolean(true)
            case "false": .boolean(false)
            case "and": .binary(.and)
            case "or": .binary(.or)
            case "not": .unaryOnly(.not)
            case _ where Self.symbolWords.contains(word): .symbol(word)
            default: .identifier(word)
            }
        return token(kind, from: start)
    }

    /// Strings have no escapes: a string that contains `'` is written in `"` and vice versa.
    private mutating func scanString(quote: Character) throws(ExpressionError) -> ExpressionToken {
        let start = position
        position += 1
        while position < characters.count, characters[position] != quote {
            position += 1
        }
        guard position < characters.count else {
            throw ExpressionError(
                "unterminated string; expected a closing \(quote)",
                offset: start, length: characters.count - start)
        }
        let text = String(characters[(start + 1)..<position])
        position += 1
        return token(.string(text), from: start)
    }

    private mutating func scanOperator() throws(ExpressionError) -> ExpressionToken {
        let start = position
        let first = characters[position]
        let second = position + 1 < characters.count ? characters[position + 1] : nil
        let pair: (ExpressionToken.Kind, Int)? =
            switch (first, second) {
            case ("|", "|"): (.binary(.or), 2)
            case ("&", "&"): (.binary(.and), 2)
            case ("=", "="): (.binary(.equal), 2)
            case ("!", "="): (.binary(.notEqual), 2)
            case ("<", "="): (.binary(.lessOrEqual), 2)
            case (">", "="): (.binary(.greaterOrEqual), 2)
            case ("<", _): (.binary(.less), 1)
            case (">", _): (.binary(.greater), 1)
            case ("+", _): (.binary(.add), 1)
            case ("-", _): (.binary(.subtract), 1)
            case ("*", _): (.binary(.multiply), 1)
            case ("/", _): (.binary(.divide), 1)
            case ("%", _): (.binary(.remainder), 1)
            case ("!", _): (.unaryOnly(.not), 1)
            case ("(", _): (.leftParenthesis, 1)
            case (")", _): (.rightParenthesis, 1)
            default: nil
            }
        guard let (kind, length) = pair else {
            throw ExpressionError(Self.message(forUnexpected: first), offset: start)
        }
        position += length
        return token(kind, from: start)
    }

    /// Single `=`, `&` and `|` are common slips, so they get a hint.
    private static func message(forUnexpected character: Character) -> String {
        switch character {
        case "=": "unexpected character '='; use '==' to compare"
        case "&": "unexpected character '&'; use '&&' or 'and'"
        case "|": "unexpected character '|'; use '||' or 'or'"
        default: "unexpected character '\(character)'"
        }
    }

    private func token(_ kind: ExpressionToken.Kind, from start: Int) -> ExpressionToken {
        ExpressionToken(
            kind: kind, offset: start, length: position - start,
            text: String(characters[start..<position]))
    }
}

extension Character {
    /// Only ASCII digits: `Character.isWholeNumber` also accepts other scripts' digits.
    fileprivate var isDigitASCII: Bool { isASCII && isWholeNumber }

    fileprivate var isIdentifierStart: Bool { isASCII && (isLetter || self == "_") }

    fileprivate var isIdentifierContinuation: Bool { isIdentifierStart || isDigitASCII }

    fileprivate var isReferenceCharacter: Bool {
        isIdentifierContinuation || self == "-" || self == "."
    }
}
