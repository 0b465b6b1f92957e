import SalesMethod

/// The best each dimension can reach in a scenario, found by searching its graph with the
/// engine itself as the model (so the search and play can never disagree).
/// Memoised on the play state without the score, so shared sub-paths are searched once.
public struct BestScores: Sendable, Hashable, Codable {
    public var points: [ScoreDimension: Int]
    /// The best total over all dimensions on one path.
    public var total: Int
    /// False when the search hit its state limit: the figures are then lower bounds.
    public var exhaustive: Bool

    public init(points: [ScoreDimension: Int], total: Int, exhaustive: Bool) {
        self.points = points
        self.total = total
        self.exhaustive = exhaustive
    }
}

public enum ScoreSearch {
    /// How many times one node may be entered on one path before the search stops following a loop.
    static let visitLimit = 3
    static let stateLimit = 200_000

    public static func best(for scenario: Scenario) -> BestScores {
        var session = Session(scenario: scenario, mode: .practice)
        _ = session.begin()
        session.answerCheckpointPerfectly()
        var search = Search(scenario: scenario)
        let start = session.state.events
        let future = search.best(from: session)
        var points: [ScoreDimension: Int] = [:]
        for dimension in ScoreDimension.allCases {
            let already = start.filter { $0.dimension == dimension }.reduce(0) { $0 + $1.points }
            points[dimension] = already + future.points[dimension, default: 0]
        }
        // Mapping is open at any moment: every field of every contact can be scored once.
        points[.people] = 3 * scenario.contacts.count
        let total = start.reduce(0) { $0 + $1.points } + future.total
        return BestScores(points: points, total: total, exhaustive: !search.truncated)
    }

    /// The choice number with the best total from here (for /hint).
    static func bestNextChoice(from session: Session) -> Int? {
        guard !session.isFinished, session.state.pending == nil || session.state.pending == .practiceClassify else { return nil }
        var search = Search(scenario: session.scenario)
        var best: (number: Int, total: Int)?
        for (number, _) in session.availableChoices() {
            let (next, gained) = Search.step(session, choice: number)
            let total = gained.reduce(0) { $0 + $1.points } + search.best(from: next).total
            if best == nil || total > best!.total { best = (number, total) }
        }
        return best?.number
    }

    struct Future {
        var points: [ScoreDimension: Int]
        var total: Int
        static let none = Future(points: [:], total: 0)
    }

    struct Search {
        /// Visits matter to the future only for nodes an expression asks about.
        let watchedNodes: Set<String>
        var memo: [Key: Future] = [:]
        var onPath: Set<Key> = []
        var truncated = false

        init(scenario: Scenario) {
            var watched: Set<String> = []
            for node in scenario.nodes {
                for choice in node.choices {
                    let expressions = choice.set.map(\.expression) + [choice.condition?.expression].compactMap { $0 }
                    for expression in expressions { for reference in expression.nodeReferences { watched.insert(reference.name) } }
                }
            }
            watchedNodes = watched
        }

        mutating func best(from session: Session) -> Future {
            if session.isFinished { return .none }
            let key = Key(session.state, watching: watchedNodes)
            if let known = memo[key] { return known }
            if onPath.contains(key) || memo.count >= ScoreSearch.stateLimit {
                if memo.count >= ScoreSearch.stateLimit { truncated = true }
                return .none
            }
            onPath.insert(key)
            defer { onPath.remove(key) }
            var result: Future?
            for (number, choice) in session.availableChoices() {
                if session.state.visits[choice.goto, default: 0] >= ScoreSearch.visitLimit { continue }
                let (next, gained) = Self.step(session, choice: number)
                let future = best(from: next)
                var points = future.points
                for event in gained { points[event.dimension, default: 0] += event.points }
                let total = future.total + gained.reduce(0) { $0 + $1.points }
                if var current = result {
                    for (dimension, value) in points { current.points[dimension] = max(current.points[dimension] ?? Int.min, value) }
                    for dimension in current.points.keys where points[dimension] == nil {
                        current.points[dimension] = max(current.points[dimension]!, 0)
                    }
                    current.total = max(current.total, total)
                    result = current
                } else {
                    result = Future(points: points, total: total)
                }
            }
            let found = result ?? .none
            memo[key] = found
            return found
        }

        static func step(_ session: Session, choice number: Int) -> (Session, [ScoreEvent]) {
            var next = session
            let before = next.state.events.count
            next.simulate(choice: number)
            next.answerCheckpointPerfectly()
            return (next, Array(next.state.events.dropFirst(before)))
        }
    }

    /// The play state that decides what can still be scored: everything but the score itself.
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
        }
    }
}
