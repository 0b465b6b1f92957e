import SalesMethod

/// The scenario's play as a graph of states, explored with the engine itself as the model so
/// analysis and play never disagree. States are memoised without their score, so shared
/// sub-paths are explored once; loops are followed a bounded number of times.
struct PlaySpace {
    /// How many times one node may be entered on one path before a loop stops being followed.
    static let visitLimit = 3
    /// Upper bound on distinct states; past it results are lower bounds (`exhaustive` false).
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
        var codes: [String: Int] = [:]
        var tables = [scenario.account.truth, scenario.account.known]
        for node in scenario.nodes { tables.append(node.reveals); tables += node.choices.map(\.reveals) }
        for table in tables { for value in table.values.values where codes[value] == nil { codes[value] = codes.count + 1 } }
        valueCodes = codes
        nodeNumbers = Dictionary(scenario.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The session at the start, with a start checkpoint answered perfectly.
    func root() -> Session {
        var session = Session(scenario: scenario, mode: .practice)
        _ = session.begin()
        session.answerCheckpointPerfectly()
        return session
    }

    func key(_ session: Session) -> Key { Key(session.state, space: self) }

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
            // Only what this move gains is kept: states stay small to copy.
            next.clearScoreForSearch()
            next.simulate(choice: number)
            next.answerCheckpointPerfectly()
            return Move(number: number, choiceIndex: index, next: next, gained: next.state.events)
        }
    }

    /// The play state that decides what can still happen: everything but the score itself,
    /// in small integers where text would be slow to hash.
    struct Key: Hashable {
        let node: Int
        let stage: LifecycleStage?
        let buying: BuyingPhase?
        let elapsed: Int
        let facts: [Int]
        let variables: [String: ExpressionValue]
        let visits: [Int]
        let objection: ObjectionProgress?
        let opportunity: CloseOpportunity?
        let lastClose: Int?
        let pending: PendingInput?
        let finished: Bool

        init(_ state: SessionState, space: PlaySpace) {
            node = space.nodeNumbers[state.node] ?? -1
            stage = state.stage
            buying = state.buying
            elapsed = state.elapsed
            facts = AccountFact.allCases.map { fact in state.known[fact].map { space.valueCodes[$0] ?? -1 } ?? 0 }
            variables = state.variables
            visits = space.watchedNodes.isEmpty ? [] : space.watchedNodes.sorted().map { state.visits[$0] ?? 0 }
            objection = state.objection
            opportunity = state.opportunity
            lastClose = state.closeAttempts.last
            pending = state.pending
            finished = state.ending != nil
        }
    }
}
