/// An environment backed by plain collections, for tests and lint tools.
public struct DictionaryEnvironment: ExpressionEnvironment, Sendable, Hashable {
    public var values: [String: ExpressionValue]
    public var visits: [String: Int]
    public var known: Set<String>

    public init(
        values: [String: ExpressionValue] = [:],
        visits: [String: Int] = [:],
        known: Set<String> = []
    ) {
        self.values = values
        self.visits = visits
        self.known = known
    }

    public func value(of name: String) -> ExpressionValue? { values[name] }

    public func visits(of node: String) -> Int { visits[node] ?? 0 }

    public func isKnown(fact: String) -> Bool { known.contains(fact) }
}
