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

        mutating func count(_ record: TranscriptRecord) {
            if let turn = record.turn { earliestTurn = min(earliestTurn, turn) }
            switch record.type {
            case .turn:
                guard let matched = record.matched else { return }
                choices[matched, default: ChoiceCount(number: matched, say: record.say ?? "")].count += 1
                choices[matched]!.points += (record.events ?? []).reduce(0) { $0 + $1.points }
            case .unmatched: unmatched += 1
            case .unclear: unclear += 1
            default: return
            }
        }

        public var answers: Int { choices.values.reduce(0) { $0 + $1.count } }
        public var sortedChoices: [ChoiceCount] { choices.values.sorted { $0.number < $1.number } }
    }

    public private(set) var nodes: [Key: Node] = [:]

    public init() {}

    public mutating func add(_ record: TranscriptRecord, scenario: String) {
        guard let nodeID = record.node else { return }
        switch record.type {
        case .turn: guard record.matched != nil else { return }
        case .unmatched, .unclear: break
        default: return
        }
        let key = Key(scenario: scenario, node: nodeID)
        // Counted in place: a node copied out and back would copy its table of choices every time.
        nodes[key, default: Node(key: key, earliestTurn: record.turn ?? Int.max)].count(record)
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
