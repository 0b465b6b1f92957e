import SparKit
import Testing

private let scene = DictionaryEnvironment(
    values: [
        "need": .symbol("yes"), "can_pay": .symbol("no"), "kp": .symbol("first"),
        "budget": .symbol("unknown"), "trust": .int(3), "elapsed": .int(12),
        "in_window": .bool(true), "mood": .string("happy"),
    ],
    visits: ["metrics": 2, "intro-2.b": 1],
    known: ["need", "kp"]
)

private func evaluated(_ source: String, in environment: DictionaryEnvironment = scene) throws -> ExpressionValue {
    try Expression.parse(source).get().evaluate(in: environment)
}

/// Records every read, to show which operands were evaluated.
private final class RecordingEnvironment: ExpressionEnvironment {
    var reads: [String] = []
    func value(of name: String) -> ExpressionValue? {
        reads.append(name)
        return .bool(name.hasPrefix("t"))
    }
    func visits(of node: String) -> Int {
        reads.append(node)
        return 0
    }
    func isKnown(fact: String) -> Bool {
        reads.append(fact)
        return false
    }
}

@Suite struct ExpressionEvaluationTests {
    @Test(arguments: [
        ("1 + 2 * 3", ExpressionValue.int(7)),
        ("(1 + 2) * 3", .int(9)),
        ("10 - 3 - 2", .int(5)),
        ("100 / 10 / 5", .int(2)),
        ("7 / 2", .int(3)),
        ("-7 / 2", .int(-3)),
        ("7 % 3", .int(1)),
        ("-7 % 3", .int(-1)),
        ("-3", .int(-3)),
        ("- -3", .int(3)),
        ("trust + 1", .int(4)),
        ("2 < 3", .bool(true)),
        ("3 <= 3", .bool(true)),
        ("3 > 3", .bool(false)),
        ("4 >= 3", .bool(true)),
        ("3 == 3", .bool(true)),
        ("3 != 3", .bool(false)),
        ("true == false", .bool(false)),
        ("true != false", .bool(true)),
        ("!true", .bool(false)),
        ("not 0", .bool(true)),
        ("true && false", .bool(false)),
        ("true || false", .bool(true)),
        ("false or true and false", .bool(false)),
        ("'a' == 'a'", .bool(true)),
        ("'yes'", .string("yes")),
    ])
    func operators(source: String, expected: ExpressionValue) throws {
        #expect(try evaluated(source) == expected)
    }

    @Test func factsAndSymbols() throws {
        #expect(try evaluated("need == yes && can_pay == no") == .bool(true))
        #expect(try evaluated("kp == first") == .bool(true))
        #expect(try evaluated("kp != second") == .bool(true))
        #expect(try evaluated("budget == unknown") == .bool(true))
        #expect(try evaluated("in_window && elapsed >= 10") == .bool(true))
    }

    @Test func symbolsAndStringsCompareByText() throws {
        #expect(try evaluated("kp == 'first'") == .bool(true))
        #expect(try evaluated("'first' == kp") == .bool(true))
        #expect(try evaluated("mood == \"happy\"") == .bool(true))
        #expect(try evaluated("need != 'no'") == .bool(true))
        #expect(try evaluated("yes == 'yes'") == .bool(true))
        #expect(ExpressionValue.symbol("yes") != ExpressionValue.string("yes"))
    }

    @Test func unknownNamesReadAsUnknown() throws {
        #expect(try evaluated("nobody") == .symbol("unknown"))
        #expect(try evaluated("nobody == unknown") == .bool(true))
        #expect(try evaluated("nobody > 1") == .bool(false))
    }

    @Test func calls() throws {
        #expect(try evaluated("visits(metrics)") == .int(2))
        #expect(try evaluated("visits(never)") == .int(0))
        #expect(try evaluated("visited(intro-2.b) && !visited(never)") == .bool(true))
        #expect(try evaluated("known(need) && !known(budget)") == .bool(true))
        #expect(try evaluated("need == yes && visits(metrics) == 0") == .bool(false))
    }

    @Test func andSkipsItsRightOperandWhenTheLeftIsFalse() throws {
        let environment = RecordingEnvironment()
        let result = try Expression.parse("f1 && visits(x) > 0").get().evaluate(in: environment)
        #expect(result == .bool(false))
        #expect(environment.reads == ["f1"])
    }

    @Test func orSkipsItsRightOperandWhenTheLeftIsTrue() throws {
        let environment = RecordingEnvironment()
        let result = try Expression.parse("t1 || known(x)").get().evaluate(in: environment)
        #expect(result == .bool(true))
        #expect(environment.reads == ["t1"])
    }

    @Test func bothOperandsAreReadWhenNeeded() throws {
        let environment = RecordingEnvironment()
        _ = try Expression.parse("f1 || t2 && f3").get().evaluate(in: environment)
        #expect(environment.reads == ["f1", "t2", "f3"])
    }

    @Test func divisionAndRemainderByZeroGiveZero() throws {
        #expect(try evaluated("5 / 0") == .int(0))
        #expect(try evaluated("5 % 0") == .int(0))
        #expect(try evaluated("trust / (trust - 3)") == .int(0))
    }

    @Test func overflowSaturatesInsteadOfTrapping() throws {
        #expect(try evaluated("9223372036854775807 + 1") == .int(.max))
        #expect(try evaluated("-9223372036854775807 - 2") == .int(.min))
        #expect(try evaluated("9223372036854775807 * -2") == .int(.min))
        #expect(try evaluated("(-9223372036854775807 - 1) / -1") == .int(.max))
        #expect(try evaluated("(-9223372036854775807 - 1) % -1") == .int(0))
        #expect(try evaluated("-(-9223372036854775807 - 1)") == .int(.max))
    }

    @Test(arguments: [
        ("1 + yes", ExpressionValue.int(0)),
        ("-'a'", .int(0)),
        ("'a' * 2", .int(0)),
        ("true < 2", .bool(false)),
        ("'a' < 'b'", .bool(false)),
        ("need == 3", .bool(false)),
        ("need != 3", .bool(false)),
        ("1 == true", .bool(false)),
    ])
    func typeMismatchesGiveFallbacks(source: String, expected: ExpressionValue) throws {
        #expect(try evaluated(source) == expected)
    }

    @Test func logicUsesTruthiness() throws {
        #expect(try evaluated("need && trust") == .bool(true))
        #expect(try evaluated("can_pay || budget") == .bool(false))
        #expect(try evaluated("!''") == .bool(true))
        #expect(try Expression.parse("mood").get().isSatisfied(in: scene))
    }

    @Test(arguments: [
        (ExpressionValue.bool(true), true), (.bool(false), false),
        (.int(0), false), (.int(-1), true),
        (.string(""), false), (.string("no"), true),
        (.symbol("no"), false), (.symbol("unknown"), false), (.symbol("yes"), true), (.symbol("first"), true),
    ])
    func truthiness(value: ExpressionValue, truthy: Bool) {
        #expect(value.truthy == truthy)
    }

    @Test func longChainsEvaluateWithoutDeepRecursionTrouble() throws {
        let chain = Array(repeating: "trust", count: 120).joined(separator: " + ")
        #expect(try evaluated(chain) == .int(360))
    }
}
