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
    }

    /// The session at the start, with a start checkpoint answered perfectly.
    func root() -> Session {
        var session = Session(scenario: scenario, mode: .practice)
        _ = session.begin()
        session.answerCheckpointPerfectly()
        return session
    }

    func key(_ session: Session) -> Key { Key(session.state, watching: watchedNodes) }

    /// Every choice that can be taken from here (loops cut at the visit limit).
    func moves(from session: Session) -> [Move] {
        guard !session.isFinished, let node = session.currentNode else { return [] }
        return session.availableChoices().compactMap { number, choice in
            if session.state.visits[choice.goto, default: 0] >= Self.visitLimit { return nil }
            var next = session
            let before = next.state.events.count
            next.simulate(choice: number)
            next.answerCheckpointPerfectly()
            let index = node.choices.firstIndex(of: choice) ?? 0
            return Move(number: number, choiceIndex: index, next: next, gained: Array(next.state.events.dropFirst(before)))
        }
    }

    /// The play state that decides what can still happen: everything but the score itself.
    struct Key: Hashable {
        let node: String
        let stage: LifecycleStage?
        let buying: BuyingPhase?
        let elapsed: Int
        let known: FactTable
        let variables: [String: ExpressionValue]
        let visits: [String: Int]
        let objection: ObjectionProgress?
        let opportunity: CloseOpportunity?
        let lastClose: Int?
        let pending: PendingInput?
        let finished: Bool

        init(_ state: SessionState, watching watchedNodes: Set<String>) {
            node = state.node
            stage = state.stage
            buying = state.buying
            elapsed = state.elapsed
            known = state.known
            variables = state.variables
            visits = state.visits.filter { watchedNodes.contains($0.key) }
            objection = state.objection
            opportunity = state.opportunity
            lastClose = state.closeAttempts.last
            pending = state.pending
            finished = state.ending != nil
        }
    }
}
