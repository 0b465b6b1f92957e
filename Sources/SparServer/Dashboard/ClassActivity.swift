import Foundation
import SparKit

/// What happens in one class, as the trainer's dashboard follows it: a signal on every answer,
/// connection, setting or seat change, the time of each seat's last answer (for "lagging"), and
/// the dashboard's own display choices. Signals coalesce: a dashboard busy drawing one state gets
/// one wake-up for everything that happened meanwhile, never a queue.
final class ClassActivity: @unchecked Sendable {
    private let lock = NSLock()
    private var watchers: [UUID: AsyncStream<Void>.Continuation] = [:]
    private var lastAnswer: [Int64: Date] = [:]
    private var lastSeen: [Int64: Date] = [:]
    private var board: LeaderboardSettings
    /// Seats not played since the server started, read once from the store.
    private var stored: [Int64: StoredSeatView?] = [:]

    init(mode: SessionMode) {
        board = LeaderboardSettings(show: mode == .exam ? .off : .live, names: .aliases)
    }

    /// Something changed: wake every dashboard watching the class.
    func changed() {
        let waiting = lock.withLock { Array(watchers.values) }
        for watcher in waiting { watcher.yield() }
    }

    /// A seat's answer was stored.
    func answered(seat: Int64, at time: Date = Date()) {
        lock.withLock {
            lastAnswer[seat] = time
            lastSeen[seat] = time
        }
        changed()
    }

    /// A seat connected or went away.
    func connection(seat: Int64, at time: Date = Date()) {
        lock.withLock { lastSeen[seat] = lastSeen[seat].map { max($0, time) } ?? time }
        changed()
    }

    /// The seat's last answer, or its last connection when it has not answered since.
    func lastActivity(seat: Int64) -> Date? {
        let (answer, seen) = lock.withLock { (lastAnswer[seat], lastSeen[seat]) }
        guard let answer, let seen else { return answer ?? seen }
        return max(answer, seen)
    }

    /// A seat's stored records as the dashboard reads them; `read` runs once per seat (its records
    /// do not change until the trainee plays again, and then the live session is read instead).
    func storedView(seat: Int64, read: () -> StoredSeatView?) -> StoredSeatView? {
        if let known = lock.withLock({ stored[seat] }) { return known }
        let view = read()
        lock.withLock { stored[seat] = .some(view) }
        return view
    }

    var leaderboard: LeaderboardSettings {
        get { lock.withLock { board } }
        set {
            lock.withLock { board = newValue }
            changed()
        }
    }

    /// A stream that yields once now and after each change, and its continuation (to wake it
    /// without a change, and to finish it, which stops watching).
    func watch() -> (AsyncStream<Void>, AsyncStream<Void>.Continuation) {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let id = UUID()
        lock.withLock { watchers[id] = continuation }
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = self.lock.withLock { self.watchers.removeValue(forKey: id) }
        }
        continuation.yield()
        return (stream, continuation)
    }
}
