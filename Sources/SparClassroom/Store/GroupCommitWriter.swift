import Foundation
import GRDB

/// The one writer of transcript entries: callers queue their appends and wait; the writer thread
/// takes everything queued and commits it in one transaction, then wakes them all. Under load a
/// commit carries many seats' answers for the cost of one sync.
final class GroupCommitWriter: @unchecked Sendable {
    struct Append: Sendable {
        var seatID: Int64
        var lines: [String]
        var sequence: Int?
    }

    /// One queued append and how to tell its caller the outcome (nil: committed).
    private struct Waiter: Sendable {
        let append: Append
        let finish: @Sendable ((any Error)?) -> Void
    }

    private let pool: DatabasePool
    private let condition = NSCondition()
    private var queued: [Waiter] = []
    private var stopped = false

    init(pool: DatabasePool) {
        self.pool = pool
        let thread = Thread { [self] in run() }
        thread.name = "spar-group-commit"
        thread.start()
    }

    /// Returns once `append` is committed, or throws why it was not. Blocks the calling thread.
    func append(_ append: Append) throws {
        final class Outcome: @unchecked Sendable {
            let done = DispatchSemaphore(value: 0)
            var error: (any Error)?
        }
        let outcome = Outcome()
        try enqueue(Waiter(append: append) { error in
            outcome.error = error
            outcome.done.signal()
        })
        outcome.done.wait()
        if let error = outcome.error { throw error }
    }

    /// Returns once `append` is committed, or throws why it was not; suspends without holding a thread.
    func append(_ append: Append) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            do {
                try enqueue(Waiter(append: append) { error in
                    if let error { continuation.resume(throwing: error) } else { continuation.resume() }
                })
            } catch {
                continuation.resume(throwing: error)
            }
        }
    }

    private func enqueue(_ waiter: Waiter) throws {
        condition.lock()
        defer { condition.unlock() }
        if stopped { throw ClassroomStoreError.closed }
        queued.append(waiter)
        condition.signal()
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while queued.isEmpty && !stopped { condition.wait() }
            let batch = queued
            queued = []
            let finished = stopped && batch.isEmpty
            condition.unlock()
            if finished { return }
            commit(batch)
        }
    }

    private func commit(_ batch: [Waiter]) {
        do {
            try pool.write { db in
                for waiter in batch { try Self.write(waiter.append, in: db) }
            }
        } catch {
            // One bad append (an unknown seat) must not fail the others: commit them one by one.
            if batch.count > 1 {
                for waiter in batch { commit([waiter]) }
                return
            }
            batch[0].finish(error)
            return
        }
        for waiter in batch { waiter.finish(nil) }
    }

    private static func write(_ append: Append, in db: Database) throws {
        var position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position), 0) FROM entry WHERE seat_id = ?",
                                        arguments: [append.seatID]) ?? 0
        for line in append.lines {
            position += 1
            try db.execute(sql: "INSERT INTO entry (seat_id, position, line) VALUES (?, ?, ?)",
                           arguments: [append.seatID, position, line])
        }
        if let sequence = append.sequence {
            try db.execute(sql: "UPDATE seat SET applied_seq = MAX(applied_seq, ?) WHERE id = ?", arguments: [sequence, append.seatID])
            if db.changesCount == 0 { throw ClassroomStoreError.unknownSeat(append.seatID) }
        }
    }
}
