import SalesMethod

/// The best each dimension can reach in a scenario.
public struct BestScores: Sendable, Hashable, Codable {
    public var points: [ScoreDimension: Int]
    /// The best total over all dimensions on one path.
    public var total: Int
    /// False when the play space was too large to search exactly: the figures are then the
    /// graph-level estimates (see `ScenarioAnalysis`).
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
        let search = PlaySearch(space: space, from: root)!
        let entry = search.entry
        let start = Extremes.slotValues(root.state.events)
        var points: [ScoreDimension: Int] = [:]
        for (slot, dimension) in Extremes.dimensions.enumerated() { points[dimension] = Int(start[slot] &+ entry.most[slot]) }
        // Mapping is open at any moment: every field of every contact can be scored once, on top
        // of any people points an author gave along the way.
        points[.people, default: 0] += 3 * scenario.contacts.count
        return BestScores(points: points, total: Int(start[Extremes.totalSlot] &+ entry.most[Extremes.totalSlot]),
                          exhaustive: !search.estimated)
    }

    /// The choice number with the best total from here.
    static func bestNextChoice(from session: Session) -> Choice? {
        guard !session.isFinished, session.state.pending == nil || session.state.pending == .practiceClassify,
              let node = session.currentNode else { return nil }
        let space = PlaySpace(scenario: session.scenario)
        let index = Int(PlaySearch(space: space, from: session)!.entry.mostMove[Extremes.totalSlot])
        return node.choices.indices.contains(index) ? node.choices[index] : nil
    }
}
