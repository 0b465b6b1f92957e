import SalesMethod

/// The scenario's play as a graph of states, explored with the engine itself as the model so
/// analysis and play never disagree. States are memoised without their score, so shared
/// sub-paths are explored once; loops are followed a bounded number of times.
struct PlaySpace {
    /// How many times one node may be entered on one path before a loop stops being followed.
    static let visitLimit = 3
    /// The exact search's budget of distinct states; past it the analysis falls back to the
    /// graph-level estimates (`exhaustive` false).
    static let stateLimit = 200_000

    /// One way on from a state.
    struct Move {
        var number: Int
        /// Index of the choice in its node's `choices` (stable; `number` depends on conditions).
        var choiceIndex: Int
        var next: Session
        var gained: [ScoreEvent]
    }

    let scenario: Scenario
    /// Visits matter to the future only for nodes an expression asks about.
    let watchedNodes: Set<String>

    init(scenario: Scenario) {
        self.scenario = scenario
        var watched: Set<String> = []
        for node in scenario.nodes {
            for choice in node.choices {
                let expressions = choice.set.map(\.expression) + [choice.condition?.expression].compactMap { $0 }
                for expression in expressions { for reference in expression.nodeReferences { watched.insert(reference.name) } }
            }
        }
        watchedNodes = watched
        let graph = NodeGraph(scenario)
        let onCycles = graph.nodesOnCycles()
        countedVisits = watched.union(scenario.nodes.indices.filter { onCycles[$0] }.map { scenario.nodes[$0].id })
        var codes: [String: Int] = [:]
        var tables = [scenario.account.truth, scenario.account.known]
        for node in scenario.nodes { tables.append(node.reveals); tables += node.choices.map(\.reveals) }
        for table in tables { for value in table.values.values where codes[value] == nil { codes[value] = codes.count + 1 } }
        valueCodes = codes
        nodeNumbers = Dictionary(scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var offsets: [Int] = []
        offsets.reserveCapacity(scenario.nodes.count + 1)
        var total = 0
        for node in scenario.nodes { offsets.append(total); total += node.choices.count }
        offsets.append(total)
        choiceOffsets = offsets
    }

    /// The nodes whose visits a searched session counts: the watched ones and those on a loop (the
    /// visit limit cuts loops). Any other node is entered at most once on a path, so its count
    /// would only make each state's copy grow with the path: quadratic memory on a long chain.
    let countedVisits: Set<String>

    /// Where each node's choices start in a flat numbering of all choices (one past the last at the end).
    let choiceOffsets: [Int]

    /// The session at the start, with a start checkpoint answered perfectly.
    func root() -> Session {
        var session = Session(scenario: scenario, mode: .practice)
        _ = session.begin()
        session.answerCheckpointPerfectly()
        return session
    }

    /// Every fact value the scenario can produce, numbered: keys compare small integers, not text.
    private(set) var valueCodes: [String: Int] = [:]
    let nodeNumbers: [String: Int]

    /// Every choice that can be taken from here (loops cut at the visit limit).
    func moves(from session: Session) -> [Move] {
        guard !session.isFinished, let node = session.currentNode else { return [] }
        return session.availableChoiceIndices(in: node).enumerated().compactMap { position, index in
            let number = position + 1
            if session.state.visits[node.choices[index].goto, default: 0] >= Self.visitLimit { return nil }
            var next = session
            next.countedVisits = countedVisits
            // Only what this move gains is kept: states stay small to copy.
            next.clearScoreForSearch()
            next.simulate(choice: number)
            next.answerCheckpointPerfectly()
            return Move(number: number, choiceIndex: index, next: next, gained: next.state.events)
        }
    }
}

extension PlaySpace {
    /// Distinct arrivals — node, minute, and which facts are known — the node graph allows from
    /// `session` with conditions aside, counted up to `limit` + 1. States that differ in any of the
    /// three are different states, so when the graph alone allows more arrivals than the exact
    /// search's budget, that search would almost surely run out of it and is not tried.
    func arrivals(from session: Session, limit: Int) -> Int {
        guard let start = nodeNumbers[session.state.node], !session.isFinished else { return 1 }
        let nodes = scenario.nodes
        let meeting = scenario.meeting.minutes
        let facts = AccountFact.allCases
        func mask(_ table: FactTable) -> Int {
            var bits = 0
            for (bit, fact) in facts.enumerated() where table[fact] != nil { bits |= 1 << bit }
            return bits
        }
        let nodeMasks = nodes.map { mask($0.reveals) }
        // The graph in numbers, built once: per node, each choice's target, the minutes until it
        // is reached, and the facts learnt on the way.
        let edges: [[(next: Int, minutes: Int, learnt: Int)]] = nodes.map { node in
            node.choices.compactMap { choice in
                guard let next = nodeNumbers[choice.goto] else { return nil }
                return (next, choice.minutes + nodes[next].minutes, mask(choice.reveals) | nodeMasks[next])
            }
        }
        let isEnding = nodes.map { $0.end != nil }
        let factStates = 1 << facts.count
        let minutes = meeting + 2 * 1441 + 1
        func code(_ node: Int, _ elapsed: Int, _ known: Int) -> Int { (node * minutes + elapsed) * factStates + known }
        var seen = OpenAddressedIntSet()
        _ = seen.insert(code(start, session.state.elapsed, mask(session.state.known)))
        var stack = [(start, session.state.elapsed, mask(session.state.known))]
        while let (node, elapsed, known) = stack.popLast() {
            guard !isEnding[node], elapsed < meeting else { continue }
            for edge in edges[node] {
                let arrival = elapsed + edge.minutes
                let learnt = known | edge.learnt
                if seen.insert(code(edge.next, arrival, learnt)) {
                    if seen.count > limit { return seen.count }
                    stack.append((edge.next, arrival, learnt))
                }
            }
        }
        return seen.count
    }
}
