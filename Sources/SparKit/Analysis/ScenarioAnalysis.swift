import SalesMethod

/// What exploring a scenario's play space finds: reachable nodes, offered choices, endings,
/// meeting lengths, and the best and worst each dimension can reach (with a path to each).
///
/// Exact when the play space fits the search's budget (`PlaySpace.stateLimit` states). A larger
/// scenario gets graph-level figures instead (`estimated`): reachable nodes, endings and shortest
/// routes from the node graph with conditions aside, and best and worst from a pass that keeps
/// only the method's state at each node (stage, phase, objection, closing moment) — each node is
/// scored from the first way the pass reaches it, so those points are estimates. The paths are
/// still real: each is followed in play, choice numbers as the trainee would type them.
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
    /// False when the play space was too large to search exactly (see `estimated`).
    public var exhaustive: Bool
    /// True when the figures are the graph-level estimates.
    public var estimated: Bool
    public var states: Int
    /// Fewest answers (choice numbers) from the start to each reachable ending node; when
    /// estimated, routes in the node graph (conditions aside, every choice counted).
    public var shortestPaths: [String: [Int]]

    public init(scenario: Scenario) {
        let space = PlaySpace(scenario: scenario)
        let root = space.root()
        self.init(scenario: scenario, space: space, root: root, search: PlaySearch(space: space, from: root)!)
    }

    /// The exact analysis, or nil when the play space is too large to search exactly.
    public static func exact(_ scenario: Scenario) -> ScenarioAnalysis? {
        let space = PlaySpace(scenario: scenario)
        let root = space.root()
        guard let search = PlaySearch(space: space, from: root, estimates: false) else { return nil }
        return ScenarioAnalysis(scenario: scenario, space: space, root: root, search: search)
    }

    private init(scenario: Scenario, space: PlaySpace, root: Session, search: PlaySearch) {
        var extremes = search.extremes
        let entry = search.entry
        let start = Extremes.slotValues(root.state.events)
        var endings: [String: Set<Outcome>] = [:]
        for ending in extremes.finishedStates { endings[ending.node, default: []].insert(ending.outcome) }
        let lengths = extremes.finishedStates.map(\.elapsed)
        elapsedRange = lengths.min().flatMap { low in lengths.max().map { low...$0 } }
        var best: [ScoreDimension: Extreme] = [:], worst: [ScoreDimension: Extreme] = [:]
        for (slot, dimension) in Extremes.dimensions.enumerated() {
            best[dimension] = Extreme(points: Int(start[slot] &+ entry.most[slot]), path: extremes.path(from: root, slot: slot, most: true))
            worst[dimension] = Extreme(points: Int(start[slot] &+ entry.least[slot]), path: extremes.path(from: root, slot: slot, most: false))
        }
        self.best = best
        self.worst = worst
        let total = Extremes.totalSlot
        bestTotal = Extreme(points: Int(start[total] &+ entry.most[total]), path: extremes.path(from: root, slot: total, most: true))
        worstTotal = Extreme(points: Int(start[total] &+ entry.least[total]), path: extremes.path(from: root, slot: total, most: false))
        exhaustive = !search.estimated
        estimated = search.estimated
        states = extremes.summarised
        offeredChoices = extremes.offeredChoices
        guard search.estimated else {
            reachedNodes = extremes.reachedNodes
            self.endings = endings
            shortestPaths = extremes.shortestPaths(from: extremes.id(of: root))
            return
        }
        // The node graph, conditions aside: every ending a chain of gotos reaches, with the outcomes
        // the coarse pass saw there (or the authored one), and the shortest route to it.
        let graph = NodeGraph(scenario)
        let reachable = graph.reachable()
        reachedNodes = Set(scenario.nodes.indices.filter { reachable[$0] }.map { scenario.nodes[$0].id })
        let endingNodes = scenario.nodes.indices.filter { reachable[$0] && scenario.nodes[$0].end != nil }
        for number in endingNodes where endings[scenario.nodes[number].id] == nil {
            endings[scenario.nodes[number].id] = [scenario.nodes[number].end!.outcome]
        }
        self.endings = endings
        let routes = graph.shortestRoutes(to: endingNodes)
        shortestPaths = Dictionary(uniqueKeysWithValues: routes.map { (scenario.nodes[$0.key].id, $0.value) })
    }
}
