/// How the dashboard shows the class's ranking. Kept while the server runs (a display choice,
/// not part of the stored class): off by default in exam mode, live in practice.
public struct LeaderboardSettings: Sendable, Hashable, Codable {
    public enum Show: String, Sendable, Hashable, Codable, CaseIterable {
        /// No ranking at all.
        case off
        /// Only once the class is closed.
        case end
        /// As points come in.
        case live
    }

    public enum Names: String, Sendable, Hashable, Codable, CaseIterable {
        /// The names trainees joined with.
        case names
        /// An alias per seat, so a projector shows nobody's name.
        case aliases
    }

    public var show: Show
    public var names: Names

    public init(show: Show, names: Names) {
        self.show = show
        self.names = names
    }
}
