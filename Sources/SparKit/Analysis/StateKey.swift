import SalesMethod

/// A play state reduced to what decides its future, as a short array of integers: one allocation
/// to build, cheap to hash and compare.
struct StateKey: Hashable {
    var words: [Int]
}

/// Builds state keys. `exact` keeps everything but the score (two states with equal keys have the
/// same future); `coarse` keeps only where the method stands at a node — stage, phase, objection,
/// closing moment — and drops the clock, facts, variables and visits, so there are at most a few
/// keys per node: the abstraction behind the graph-level estimates.
struct StateKeyEncoder {
    enum Detail: Sendable { case exact, coarse }

    let detail: Detail
    let nodeNumbers: [String: Int]
    /// Every fact value the scenario can produce, numbered.
    let valueCodes: [String: Int]
    /// Every variable a state can hold (declared or set), sorted.
    let variableNames: [String]
    /// Nodes whose visits an expression reads, sorted.
    let watchedNodes: [String]
    /// Contacts some node or choice shifts the attitude of, sorted.
    let contactIDs: [String]
    private var texts: [String: Int] = [:]
    private var opportunities: [CloseOpportunity: Int] = [:]
    private var pendings: [PendingInput: Int] = [:]

    init(space: PlaySpace, detail: Detail) {
        self.detail = detail
        nodeNumbers = space.nodeNumbers
        valueCodes = space.valueCodes
        watchedNodes = space.watchedNodes.sorted()
        var names = Set(space.scenario.variables.keys)
        for node in space.scenario.nodes { for choice in node.choices { for assignment in choice.set { names.insert(assignment.name) } } }
        variableNames = names.sorted()
        var shifted: Set<String> = []
        for node in space.scenario.nodes {
            for shift in node.shifts { shifted.insert(shift.contact) }
            for choice in node.choices { for shift in choice.shifts { shifted.insert(shift.contact) } }
        }
        contactIDs = shifted.sorted()
    }

    mutating func key(_ state: SessionState) -> StateKey {
        var words: [Int] = []
        words.reserveCapacity(detail == .coarse ? 8 : 10 + AccountFact.allCases.count + 2 * variableNames.count + watchedNodes.count)
        words.append(nodeNumbers[state.node] ?? -1)
        words.append(state.stage.map { $0.order } ?? -1)
        words.append(state.buying.map { $0.order } ?? -1)
        words.append(state.objection.map {
            1 + 4 * ObjectionKind.allCases.firstIndex(of: $0.kind)! + ($0.explored ? 1 : 0) + ($0.answered ? 2 : 0)
        } ?? 0)
        words.append(state.opportunity.map { code($0) } ?? 0)
        words.append(state.pending.map { code($0) } ?? 0)
        words.append(state.ending != nil ? 1 : 0)
        // The tasks behind in the stage decide how its next tasks score.
        words.append(state.stageTasks.reduce(0) { $0 | 1 << LifecycleTask.allCases.firstIndex(of: $1)! })
        guard detail == .exact else { return StateKey(words: words) }
        // Attitudes decide whether a signing stands (no sponsor, no sale) and how a map is judged.
        for contact in contactIDs { words.append(state.attitudes[contact].map { 1 + Attitude.allCases.firstIndex(of: $0)! } ?? 0) }
        words.append(state.elapsed)
        words.append(state.closeAttempts.last ?? Int.min)
        for fact in AccountFact.allCases { words.append(state.known[fact].map { valueCodes[$0] ?? -1 } ?? 0) }
        var seen = 0
        for name in variableNames {
            guard let value = state.variables[name] else { words.append(0); words.append(0); continue }
            seen += 1
            append(value, to: &words)
        }
        // Variables no scenario expression names (a --set override) still tell states apart.
        if seen < state.variables.count {
            for (name, value) in state.variables.sorted(by: { $0.key < $1.key }) where !variableNames.contains(name) {
                words.append(code(name))
                append(value, to: &words)
            }
        }
        for node in watchedNodes { words.append(state.visits[node] ?? 0) }
        return StateKey(words: words)
    }

    private mutating func append(_ value: ExpressionValue, to words: inout [Int]) {
        switch value {
        case .int(let number): words.append(1); words.append(number)
        case .bool(let flag): words.append(2); words.append(flag ? 1 : 0)
        case .string(let text): words.append(3); words.append(code(text))
        case .symbol(let text): words.append(4); words.append(code(text))
        }
    }

    private mutating func code(_ text: String) -> Int {
        if let known = texts[text] { return known }
        texts[text] = texts.count + 1
        return texts.count
    }

    private mutating func code(_ opportunity: CloseOpportunity) -> Int {
        if let known = opportunities[opportunity] { return known }
        opportunities[opportunity] = opportunities.count + 1
        return opportunities.count
    }

    private mutating func code(_ pending: PendingInput) -> Int {
        if let known = pendings[pending] { return known }
        pendings[pending] = pendings.count + 1
        return pendings.count
    }
}
