import SalesMethod

/// What exploring a scenario's play space finds: reachable nodes, offered choices, endings,
/// meeting lengths, and the best and worst each dimension can reach (with a path to each).
public struct ScenarioAnalysis: Sendable {
    public struct Extreme: Sendable, Hashable, Codable {
        /// Points from the start to the end of the path.
        public var points: Int
        /// Choice numbers, as the trainee would type them, from the start.
        public var path: [Int]
    }

    public var reachedNodes: Set<String>
    public var offeredChoices: Set<ChoiceReference>
    /// Ending nodes reached, with the outcomes the engine gave them (after its adjustments).
    public var endings: [String: Set<Outcome>]
    public var elapsedRange: ClosedRange<Int>?
    public var best: [ScoreDimension: Extreme]
    public var worst: [ScoreDimension: Extreme]
    public var bestTotal: Extreme
    public var worstTotal: Extreme
    /// False when the exploration hit its state limit.
    public var exhaustive: Bool
    public var states: Int
    /// Fewest answers (choice numbers) from the start to each reachable ending node.
    public var shortestPaths: [String: [Int]]

    public init(scenario: Scenario) {
        let space = PlaySpace(scenario: scenario)
        let root = space.root()
        var extremes = Extremes(space: space)
        let entry = extremes.summarise(root)
        let start = Extremes.slotValues(root.state.events)
        reachedNodes = extremes.reachedNodes
        offeredChoices = extremes.offeredChoices
        var endings: [String: Set<Outcome>] = [:]
        for ending in extremes.finishedStates { endings[ending.node, default: []].insert(ending.outcome) }
        self.endings = endings
        let lengths = extremes.finishedStates.map(\.elapsed)
        elapsedRange = lengths.min().flatMap { low in lengths.max().map { low...$0 } }
        var best: [ScoreDimension: Extreme] = [:], worst: [ScoreDimension: Extreme] = [:]
        for (slot, dimension) in Extremes.dimensions.enumerated() {
            best[dimension] = Extreme(points: start[slot] + entry.most[slot], path: extremes.path(from: root, slot: slot, most: true))
            worst[dimension] = Extreme(points: start[slot] + entry.least[slot], path: extremes.path(from: root, slot: slot, most: false))
        }
        self.best = best
        self.worst = worst
        let total = Extremes.totalSlot
        bestTotal = Extreme(points: start[total] + entry.most[total], path: extremes.path(from: root, slot: total, most: true))
        worstTotal = Extreme(points: start[total] + entry.least[total], path: extremes.path(from: root, slot: total, most: false))
        exhaustive = !extremes.truncated
        states = extremes.memo.count
        shortestPaths = extremes.shortestPaths(from: space.key(root))
    }
}
