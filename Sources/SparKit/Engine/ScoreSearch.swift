import SalesMethod

/// The best each dimension can reach in a scenario.
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

/// The best reachable score per dimension (the scorecard's denominators) and the best next
/// choice (for /hint), from one exploration of the play space.
public enum ScoreSearch {
    public static func best(for scenario: Scenario) -> BestScores {
        let space = PlaySpace(scenario: scenario)
        let root = space.root()
        var extremes = Extremes(space: space)
        let entry = extremes.summarise(root)
        let start = Extremes.slotValues(root.state.events)
        var points: [ScoreDimension: Int] = [:]
        for (slot, dimension) in Extremes.dimensions.enumerated() { points[dimension] = start[slot] + entry.most[slot] }
        // Mapping is open at any moment: every field of every contact can be scored once, on top
        // of any people points an author gave along the way.
        points[.people, default: 0] += 3 * scenario.contacts.count
        return BestScores(points: points, total: start[Extremes.totalSlot] + entry.most[Extremes.totalSlot],
                          exhaustive: !extremes.truncated)
    }

    /// The choice number with the best total from here.
    static func bestNextChoice(from session: Session) -> Int? {
        guard !session.isFinished, session.state.pending == nil || session.state.pending == .practiceClassify else { return nil }
        var extremes = Extremes(space: PlaySpace(scenario: session.scenario))
        return extremes.summarise(session).mostMove[Extremes.totalSlot]
    }
}
