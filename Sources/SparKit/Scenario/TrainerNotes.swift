/// What a trainer reads before choosing a scenario for a class.
public struct TrainerNotes: Sendable, Hashable {
    public var objectives: [String]
    /// What it teaches, e.g. "the last 20 minutes: ask for the order".
    public var teaches: [String]
    /// 1 (easy) to 5 (hard).
    public var difficulty: Int?
    public var durationMinutes: Int?

    public init(objectives: [String] = [], teaches: [String] = [], difficulty: Int? = nil, durationMinutes: Int? = nil) {
        self.objectives = objectives
        self.teaches = teaches
        self.difficulty = difficulty
        self.durationMinutes = durationMinutes
    }
}
