/// One search of the play space from a session: exact when it fits the budget, otherwise the
/// coarse pass whose figures are estimates. Shared by the analysis, the scorecard's best and /hint,
/// so a large scenario never stalls any of them.
struct PlaySearch {
    var extremes: Extremes
    var entry: Extremes.Entry
    /// True when the figures come from the coarse pass.
    var estimated: Bool

    /// The coarse pass has a few states per node; the cap only guards against pathological files.
    static func coarseLimit(_ scenario: Scenario) -> Int { max(PlaySpace.stateLimit, 64 * scenario.nodes.count) }

    /// With `estimates` false, nil when the exact search does not fit (for lint, which uses
    /// nothing the estimates give).
    init?(space: PlaySpace, from session: Session, estimates: Bool = true) {
        if space.arrivals(from: session, limit: PlaySpace.stateLimit) <= PlaySpace.stateLimit {
            var exact = Extremes(space: space)
            let entry = exact.summarise(session)
            if !exact.truncated {
                (extremes, self.entry, estimated) = (exact, entry, false)
                return
            }
        }
        guard estimates else { return nil }
        var coarse = Extremes(space: space, detail: .coarse, stateLimit: Self.coarseLimit(space.scenario))
        entry = coarse.summarise(session)
        extremes = coarse
        estimated = true
    }
}
