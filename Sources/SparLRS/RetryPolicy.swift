/// How often and how patiently a batch is sent again after a 5xx or a network failure: pauses
/// that double from `firstDelay` up to `longestDelay`.
public struct RetryPolicy: Sendable, Hashable {
    /// Tries per batch, the first included.
    public var attempts: Int
    public var firstDelay: Duration
    public var longestDelay: Duration

    public init(attempts: Int, firstDelay: Duration, longestDelay: Duration) {
        self.attempts = max(1, attempts)
        self.firstDelay = firstDelay
        self.longestDelay = longestDelay
    }

    /// About 15 seconds of trying: long enough for an LRS restarting, short enough for a command.
    public static let standard = RetryPolicy(attempts: 6, firstDelay: .milliseconds(500), longestDelay: .seconds(8))

    /// The pause after failed attempt `attempt` (1 for the first).
    public func delay(after attempt: Int) -> Duration {
        var delay = firstDelay
        for _ in 1..<max(1, attempt) {
            delay = delay * 2
            if delay >= longestDelay { return longestDelay }
        }
        return min(delay, longestDelay)
    }
}
