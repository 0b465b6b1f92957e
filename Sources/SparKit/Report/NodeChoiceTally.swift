/// For each node of each scenario, how the answers were spread over its choices and what each choice scored:
/// where in a scenario people go wrong.
public struct NodeChoiceTally: Sendable, Hashable {
    public struct Key: Sendable, Hashable, Comparable {
        public var scenario: String
        public var node: String

        public init(scenario: String, node: String) {
            self.scenario = scenario
            self.node = node
        }

        public static func < (a: Key, b: Key) -> Bool { (a.scenario, a.node) < (b.scenario, b.node) }
    }

    public struct ChoiceCount: Sendable, Hashable {
        public var number: Int
        public var say: String
        public var count = 0
        /// Sum of the points the answers taking this choice earned (negative when it is a mistake).
        public var points = 0

        public var averagePoints: Double { count > 0 ? Double(points) / Double(count) : 0 }
    }

    public struct Node: Sendable, Hashable {
        public var key: Key
        /// The earliest turn the node was answered at: nodes are listed in the order a meeting reaches them.
        public var earliestTurn: Int
        public var choices: [Int: ChoiceCount] = [:]
        /// Typed answers that matched no choice, or several.
        public var unmatched = 0
        public var unclear = 0

        public var answers: Int { choices.values.reduce(0) { $0 + $1.count } }
        public var sortedChoices: [ChoiceCount] { choices.values.sorted { $0.number < $1.number } }
    }

    public private(set) var nodes: [Key: Node] = [:]

    public init() {}

    public mutating func add(_ record: TranscriptRecord, scenario: String) {
        guard let nodeID = record.node else { return }
        let key = Key(scenario: scenario, node: nodeID)
        var node = nodes[key] ?? Node(key: key, earliestTurn: record.turn ?? Int.max)
        if let turn = record.turn { node.earliestTurn = min(node.earliestTurn, turn) }
        switch record.type {
        case "turn":
            guard let matched = record.matched else { return }
            var choice = node.choices[matched] ?? ChoiceCount(number: matched, say: record.say ?? "")
            choice.count += 1
            choice.points += (record.events ?? []).reduce(0) { $0 + $1.points }
            node.choices[matched] = choice
        case "unmatched": node.unmatched += 1
        case "unclear": node.unclear += 1
        default: return
        }
        nodes[key] = node
    }

    /// By scenario, then in meeting order (earliest turn, then id).
    public var sortedNodes: [Node] {
        nodes.values.sorted { a, b in
            if a.key.scenario != b.key.scenario { return a.key.scenario < b.key.scenario }
            if a.earliestTurn != b.earliestTurn { return a.earliestTurn < b.earliestTurn }
            return a.key.node < b.key.node
        }
    }
}
