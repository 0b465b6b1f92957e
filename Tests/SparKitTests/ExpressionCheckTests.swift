import Foundation
import SparKit
import Testing

@Suite struct ExpressionCheckTests {
    @Test func unknownNamesAreReportedWithASuggestion() throws {
        let expression = try SparKit.Expression.parse("trsut > 1 && need == yes && zzz").get()
        let errors = expression.check(names: ["trust", "need"])
        #expect(errors == [
            ExpressionError("unknown name 'trsut'; did you mean 'trust'?", offset: 0, length: 5),
            ExpressionError("unknown name 'zzz'", offset: 28, length: 3),
        ])
    }

    @Test func nodesAndFactsAreCheckedWhenGiven() throws {
        let expression = try SparKit.Expression.parse("visits(metrcs) > 0 || known(kp)").get()
        #expect(expression.check(names: []).isEmpty)
        let errors = expression.check(names: [], nodes: ["metrics"], facts: ["need"])
        #expect(errors.map(\.message) == [
            "unknown node 'metrcs'; did you mean 'metrics'?",
            "unknown fact 'kp'",
        ])
        #expect(errors.map(\.offset) == [7, 28])
    }

    @Test func typeErrorsPointAtTheOperator() throws {
        let types: [String: ExpressionType] = ["need": .symbol, "trust": .int, "mood": .string]
        let expression = try SparKit.Expression.parse("need == 3 || trust + yes > 1 || kp == 1").get()
        let errors = expression.typeErrors(types: types)
        #expect(errors == [
            ExpressionError("'==' compares a symbol with an int; this is always false", offset: 5, length: 2),
            ExpressionError("'+' needs ints, not a symbol; this is always 0", offset: 19, length: 1),
        ])
    }

    @Test func wellTypedExpressionsHaveNoTypeErrors() throws {
        let types: [String: ExpressionType] = ["need": .symbol, "trust": .int, "mood": .string]
        for source in ["need == yes && trust + 1 > 2", "mood == happy", "kp == first", "!need || -trust < 0"] {
            #expect(try SparKit.Expression.parse(source).get().typeErrors(types: types).isEmpty)
        }
        #expect(try SparKit.Expression.parse("trust * 2").get().inferredType(types: types) == .int)
    }

    @Test func valuesRoundTripThroughJSON() throws {
        let values: [ExpressionValue] = [.int(-4), .bool(true), .string("yes"), .symbol("yes")]
        let data = try JSONEncoder().encode(values)
        #expect(String(decoding: data, as: UTF8.self)
            == #"[{"int":-4},{"bool":true},{"string":"yes"},{"symbol":"yes"}]"#)
        #expect(try JSONDecoder().decode([ExpressionValue].self, from: data) == values)
    }
}
