import Foundation
import GRDB

/// Moves committed pages from the write-ahead log into the database file on a connection and a
/// thread of its own. SQLite would otherwise do it inside whichever commit crosses the log's size
/// limit, and every answer queued behind that commit would wait for a copy and two syncs it has
/// nothing to do with. A passive checkpoint never blocks the writer or the readers.
final class WALCheckpointer: @unchecked Sendable {
    private let connection: DatabaseQueue
    private let condition = NSCondition()
    private var stopped = false
    private let interval: TimeInterval

    init(path: String, interval: TimeInterval = 0.5) throws {
        var configuration = Configuration()
        configuration.label = "spar-checkpoint"
        connection = try DatabaseQueue(path: path, configuration: configuration)
        self.interval = interval
        let thread = Thread { [self] in run() }
        thread.name = "spar-checkpoint"
        thread.start()
    }

    func stop() {
        condition.withLock {
            stopped = true
            condition.signal()
        }
    }

    private func run() {
        while true {
            let stop = condition.withLock { () -> Bool in
                if !stopped { _ = condition.wait(until: Date(timeIntervalSinceNow: interval)) }
                return stopped
            }
            if stop { return }
            // A failure (the file busy with another process's checkpoint) is tried again next time.
            try? connection.writeWithoutTransaction { db in
                _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)")
            }
        }
    }
}
