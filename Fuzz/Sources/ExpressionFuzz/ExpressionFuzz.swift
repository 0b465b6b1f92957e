import SparKit

/// Any text as an `if:`/`set:` expression: a tree or an error at a column inside the source;
/// a tree evaluates (total, no I/O, no loops) and prints as text that parses to the same value.
@_cdecl("LLVMFuzzerTestOneInput")
public func expressionFuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    switch Expression.parse(source) {
    case .failure(let error):
        precondition(error.offset >= 0 && error.offset <= max(source.count, Expression.maximumLength),
                     "error outside the source: \(error)")
        precondition(!error.message.isEmpty)
    case .success(let expression):
        let environment = DictionaryEnvironment(values: ["trust": .int(2), "need": .symbol("yes"), "elapsed": .int(30)],
                                                visits: ["opening": 1], known: ["need"])
        let value = expression.evaluate(in: environment)
        // Printing adds spaces and parentheses: a source near the length or nesting limit may
        // print past it (`a*b - c` prints as `(a * b) - c`, one level deeper).
        guard expression.description.count <= Expression.maximumLength else { return 0 }
        let again: Expression
        switch Expression.parse(expression.description) {
        case .success(let parsed): again = parsed
        case .failure(let error) where error.isTooDeep: return 0
        case .failure(let error): preconditionFailure("printed form does not parse: \(expression.description): \(error)")
        }
        precondition(again.evaluate(in: environment) == value, "printed form evaluates differently")
    }
    return 0
}
