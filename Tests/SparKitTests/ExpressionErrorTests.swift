import SparKit
import Testing

private func parseError(_ source: String) -> ExpressionError? {
    if case .failure(let error) = Expression.parse(source) { return error }
    return nil
}

@Suite struct ExpressionErrorTests {
    @Test(arguments: [
        ("(a && b", 7, "expected ')' to close the '(' at column 1"),
        ("((a) || b", 9, "expected ')' to close the '(' at column 1"),
        ("a && b)", 6, "unmatched ')'"),
        ("trust +", 7, "expected a value after '+'"),
        ("a &&", 4, "expected a value after '&&'"),
        ("a == @", 5, "unexpected character '@'"),
        ("a = 1", 2, "unexpected character '='; use '==' to compare"),
        ("a & b", 2, "unexpected character '&'; use '&&' or 'and'"),
        ("foo(x) > 1", 0, "unknown function 'foo'; expected visits, visited or known"),
        ("visits(metrics > 1", 15, "expected ')' after 'visits(metrics'"),
        ("visits() > 1", 7, "expected a node id after 'visits('"),
        ("known(@)", 6, "expected a fact id after 'known('"),
        ("visits > 1", 0, "expected '(' after 'visits'; write visits(node id)"),
        ("a b", 2, "unexpected 'b'; expected an operator or the end"),
        ("a < b < c", 6, "'<' cannot follow another comparison; use parentheses or '&&'"),
        ("a == b != c", 7, "'!=' cannot follow another comparison; use parentheses or '&&'"),
        ("* 2", 0, "expected a value, found '*'"),
        ("'open", 0, "unterminated string; expected a closing '"),
        ("99999999999999999999", 0, "integer 99999999999999999999 is too large"),
        ("", 0, "expression is empty"),
        ("   ", 0, "expression is empty"),
    ])
    func malformedInputIsLocated(source: String, offset: Int, message: String) throws {
        let error = try #require(parseError(source))
        #expect(error.message == message)
        #expect(error.offset == offset)
        #expect(error.length >= 1)
    }

    @Test func errorsUnderlineTheWholeToken() throws {
        #expect(parseError("foo(x)")?.length == 3)
        #expect(parseError("'open")?.length == 5)
        #expect(parseError("a == b != c")?.length == 2)
    }

    @Test func offsetsAfterCJKTextCountCharacters() throws {
        let error = try #require(parseError("'你好' == @"))
        #expect(error.offset == 8)
        let afterEmoji = try #require(parseError("'👩‍👩‍👧' + #"))
        #expect(afterEmoji.offset == 6)
    }

    @Test func nonASCIILettersAreNotNames() throws {
        let error = try #require(parseError("信任 > 1"))
        #expect(error.message == "unexpected character '信'")
        #expect(error.offset == 0)
    }

    @Test func sourceLengthIsLimited() throws {
        let atLimit = Array(repeating: "1", count: 500).joined(separator: "+")
        #expect(atLimit.count == 999)
        #expect(try Expression.parse(atLimit).get().evaluate(in: DictionaryEnvironment()) == .int(500))

        let error = try #require(parseError(atLimit + "+1"))
        #expect(error.message == "expression is longer than 1000 characters")
        #expect(error.offset == 1000)
    }

    @Test func tenThousandOpenParenthesesFailQuickly() throws {
        let error = try #require(parseError(String(repeating: "(", count: 10_000) + "1"))
        #expect(error.message == "expression is longer than 1000 characters")
        let hugeError = try #require(parseError(String(repeating: "(", count: 5_000_000)))
        #expect(hugeError.offset == 1000)
    }

    @Test func nestingDepthIsLimited() throws {
        let deepest = String(repeating: "(", count: 64) + "1" + String(repeating: ")", count: 64)
        #expect(try Expression.parse(deepest).get() == .literal(.int(1)))

        let tooDeep = String(repeating: "(", count: 65) + "1" + String(repeating: ")", count: 65)
        let error = try #require(parseError(tooDeep))
        #expect(error.message == "expression nests deeper than 64 levels")
        #expect(error.offset == 64)

        let unclosed = try #require(parseError(String(repeating: "(", count: 999)))
        #expect(unclosed.message == "expression nests deeper than 64 levels")

        let prefixes = try #require(parseError(String(repeating: "!", count: 500) + "a"))
        #expect(prefixes.message == "expression nests deeper than 64 levels")
    }

    @Test func descriptionShowsTheColumn() {
        #expect(ExpressionError("unexpected character '@'", offset: 4).description
            == "column 5: unexpected character '@'")
    }
}
