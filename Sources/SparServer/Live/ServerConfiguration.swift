import SparKit

/// What the classroom runs with, besides its store.
public struct ClassroomConfiguration: Sendable {
    /// The engine version written into transcript headers.
    public var version: String
    /// The best reachable scores for a scenario (searched once per scenario, then cached).
    public var best: @Sendable (Scenario) -> BestScores
    /// The longest line a trainee may send, in bytes (the engine takes at most `Session.maximumInputLength` characters).
    public var maximumLineBytes = 16 * 1024
    /// The largest WebSocket message taken at all; bigger ones close the connection (1009).
    public var maximumMessageBytes = 64 * 1024
    /// A seat's burst of lines and its steady rate.
    public var burstLines: Double = 10
    public var linesPerSecond: Double = 4
    /// How long a new connection may take to say hello.
    public var helloTimeout: Duration = .seconds(10)
    /// Threads for opening a seat's session (reading and replaying its stored transcript, storing
    /// a new one's header): blocking store work, rare next to answers, which never block a thread.
    public var workerThreads = 32
    /// Told once a seat's answer is stored, before the trainee sees its feedback (the
    /// `StatementForwarder` queues the answer's statements there).
    public var entriesStored: (@Sendable (_ classCode: String, _ seatID: Int64) async -> Void)?

    public init(version: String, best: @escaping @Sendable (Scenario) -> BestScores) {
        self.version = version
        self.best = best
    }
}
