import SparKit
import Testing

private func normalised(_ source: String) throws -> String {
    try Expression.parse(source).get().description
}

@Suite struct ExpressionParserTests {
    @Test(arguments: [
        ("1 + 2 * 3", "1 + (2 * 3)"),
        ("1 * 2 + 3", "(1 * 2) + 3"),
        ("a || b && c", "a || (b && c)"),
        ("a && b || c", "(a && b) || c"),
        ("a == b && c != d", "(a == b) && (c != d)"),
        ("a < b == c >= d", "(a < b) == (c >= d)"),
        ("1 + 2 < 3 * 4", "(1 + 2) < (3 * 4)"),
        ("!a && b", "!a && b"),
        ("!(a && b)", "!(a && b)"),
        ("-x * 2", "-x * 2"),
        ("- -3", "--3"),
        ("(1 + 2) * 3", "(1 + 2) * 3"),
        ("need == yes && visits(metrics) == 0", "(need == yes) && (visits(metrics) == 0)"),
    ])
    func precedence(source: String, expected: String) throws {
        #expect(try normalised(source) == expected)
    }

    @Test(arguments: [
        ("10 - 3 - 2", "10 - 3 - 2"),
        ("10 - (3 - 2)", "10 - (3 - 2)"),
        ("100 / 10 / 5", "100 / 10 / 5"),
        ("a || b || c", "a || b || c"),
        ("a and b and c", "a && b && c"),
    ])
    func binaryOperatorsAssociateToTheLeft(source: String, expected: String) throws {
        #expect(try normalised(source) == expected)
    }

    @Test func leftAssociationShowsInTheTree() throws {
        let expression = try Expression.parse("8 - 4 - 2").get()
        guard case .binary(.subtract, .binary(.subtract, _, _, _), .literal(.int(2)), _) = expression else {
            Issue.record("expected (8 - 4) - 2, got \(expression)")
            return
        }
    }

    @Test func wordOperatorsMeanTheSameAsSymbols() throws {
        #expect(try normalised("not a or b and c") == "!a || (b && c)")
    }

    @Test func reservedWordsAreLiterals() throws {
        #expect(try Expression.parse("yes").get() == .literal(.symbol("yes")))
        #expect(try Expression.parse("third").get() == .literal(.symbol("third")))
        #expect(try Expression.parse("true").get() == .literal(.bool(true)))
        #expect(try Expression.parse("'happy'").get() == .literal(.string("happy")))
        #expect(try Expression.parse("\"it's\"").get() == .literal(.string("it's")))
        #expect(try Expression.parse("yes").get().names.isEmpty)
    }

    @Test(arguments: [
        ("a - b + c", "a - b + c"),
        ("a * b / c % d", "a * b / c % d"),
        ("(a == b) == c", "(a == b) == c"),
        ("(a < b) < c", "(a < b) < c"),
    ])
    func chainsOfOneLevelPrintWithoutParentheses(source: String, expected: String) throws {
        #expect(try normalised(source) == expected)
    }

    /// Found by fuzzing: a flat chain of 60 mixed + and - printed as 60 nested parentheses,
    /// past the depth limit, so the printed form no longer parsed.
    @Test func aLongMixedChainPrintsFlatAndReparses() throws {
        let source = (1...60).map { "x\($0)" }.enumerated().map { $0.offset == 0 ? $0.element : ($0.offset % 2 == 0 ? " + " : " - ") + $0.element }.joined()
        let printed = try normalised(source)
        #expect(!printed.contains("("))
        #expect(try normalised(printed) == printed)
    }

    @Test func descriptionReparsesToTheSameText() throws {
        for source in [
            "need == yes && (visits(intro-2.a) > 1 || !known(budget))",
            "trust + 1 - 2 * (3 % 4) / -x", "kp != \"it's\"", "a < b == (c < d)",
        ] {
            let once = try normalised(source)
            #expect(try normalised(once) == once)
        }
    }

    @Test func namesAreListedWithCharacterOffsets() throws {
        let expression = try Expression.parse("trust + 1 > budget && in_window").get()
        #expect(expression.names == [
            NameReference(name: "trust", offset: 0),
            NameReference(name: "budget", offset: 12),
            NameReference(name: "in_window", offset: 22),
        ])
    }

    @Test func callArgumentsAreNodeAndFactReferences() throws {
        let expression = try Expression.parse("visits(metrics) == 0 && visited( intro-2.b ) && known(kp)").get()
        #expect(expression.nodeReferences == [
            NameReference(name: "metrics", offset: 7),
            NameReference(name: "intro-2.b", offset: 33),
        ])
        #expect(expression.factReferences == [NameReference(name: "kp", offset: 54)])
        #expect(expression.names.isEmpty)
    }

    @Test func cjkInsideAStringCountsAsSingleCharacters() throws {
        let expression = try Expression.parse("mood == '开心的客户' && trust").get()
        #expect(expression.names == [
            NameReference(name: "mood", offset: 0), NameReference(name: "trust", offset: 19),
        ])
        let environment = DictionaryEnvironment(values: ["mood": .string("开心的客户"), "trust": .int(1)])
        #expect(expression.evaluate(in: environment) == .bool(true))
    }

    @Test func whitespaceIncludingNewlinesIsIgnored() throws {
        #expect(try normalised("\n  a\t&&\r\n b  ") == "a && b")
    }
}
