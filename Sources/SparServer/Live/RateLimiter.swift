import Foundation

/// A token bucket per seat: a short burst is fine (a trainee pasting a few lines, a script), a
/// flood is turned away with the time to wait, and one seat cannot keep the server busy for the rest.
struct RateLimiter: Sendable {
    var capacity: Double
    var perSecond: Double
    private var tokens: Double
    private var last: ContinuousClock.Instant

    init(capacity: Double, perSecond: Double) {
        self.capacity = capacity
        self.perSecond = perSecond
        tokens = capacity
        last = .now
    }

    /// Takes a token; when none is left, how long until one is.
    mutating func take(now: ContinuousClock.Instant = .now) -> Duration? {
        let elapsed = now - last
        last = now
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        tokens = min(capacity, tokens + seconds * perSecond)
        if tokens >= 1 {
            tokens -= 1
            return nil
        }
        return .milliseconds(Int(((1 - tokens) / perSecond * 1000).rounded(.up)))
    }
}
