import Foundation
import Logging
import SparClassroom
import SparKit
import SparLRS

/// Forwards every class's xAPI statements to a learning record store as they happen. A seat's new
/// statements are queued in the outbox before the trainee sees the answer's feedback; `run()` sends
/// what is queued, oldest first, and while the store is down waits and tries again, so a store
/// that comes back gets every statement, and (their ids being fixed) none twice.
public final class StatementForwarder: Sendable {
    public typealias Store = ClassroomStore & StatementOutbox

    let store: any Store
    let sender: StatementSender
    let logger: Logger
    /// The longest pause between tries while the store is down.
    let longestPause: Duration
    /// Outbox writes in order, off the cooperative threads (they block on SQLite).
    private let queue = DispatchQueue(label: "spar.statement-outbox")
    private let wake: AsyncStream<Void>.Continuation
    private let woken: AsyncStream<Void>

    public init(store: any Store, client: LRSClient, logger: Logger, batchSize: Int = 50, longestPause: Duration = .seconds(10)) {
        self.store = store
        sender = StatementSender(client: client, batchSize: batchSize, retry: RetryPolicy(attempts: 1, firstDelay: .zero, longestDelay: .zero))
        self.logger = logger
        self.longestPause = longestPause
        (woken, wake) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// A seat's entries were stored: queue the statements they add. Returns once they are queued.
    public func seatStored(classCode: String, seatID: Int64) async {
        await queueing { try self.queueStatements(classCode: classCode, seatID: seatID) }
        wake.yield()
    }

    /// Queues what every seat stored while no forwarder ran (a server killed between storing an
    /// answer and queueing its statements, or started with --lrs on an older store).
    public func catchUp() async {
        await queueing {
            for record in try self.store.allClasses() {
                for seat in try self.store.seats(classCode: record.code) {
                    do {
                        try self.queueStatements(classCode: record.code, seatID: seat.id)
                    } catch {
                        self.logger.error("statements of class \(record.code), seat \(seat.id) cannot be made: \(error)")
                    }
                }
            }
        }
        wake.yield()
    }

    private func queueStatements(classCode: String, seatID: Int64) throws {
        let covered = try store.coveredEntries(seatID: seatID)
        guard try store.entries(seatID: seatID).count > covered else { return }
        let (statements, entries) = try SeatStatements.statements(in: store, classCode: classCode, seatID: seatID)
        try store.enqueue(statements.map(SeatStatements.queued), seatID: seatID, coveringEntries: entries)
    }

    private func queueing(_ work: @escaping @Sendable () throws -> Void) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            queue.async {
                do { try work() } catch { self.logger.error("statements for the learning record store cannot be queued: \(error)") }
                continuation.resume()
            }
        }
    }

    private func onQueue<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Sends queued statements until cancelled.
    public func run() async {
        var signals = woken.makeAsyncIterator()
        var failures = 0
        while !Task.isCancelled {
            let batch: [QueuedStatement]
            do {
                batch = try await onQueue { try self.store.unsentStatements(limit: self.sender.batchSize) }
            } catch {
                logger.error("the statement outbox cannot be read: \(error)")
                try? await Task.sleep(for: longestPause)
                continue
            }
            if batch.isEmpty {
                // Woken by the next queued statement (or by cancellation, which ends the loop).
                _ = await signals.next()
                continue
            }
            do throws(LRSFailure) {
                try await sender.deliver(batch.map { EncodedStatement(id: $0.id, json: Data($0.json.utf8)) })
            } catch {
                failures += 1
                let pause = min(longestPause, .milliseconds(250) * (1 << min(failures, 10)))
                let waiting = (try? await onQueue { try self.store.unsentCount() }) ?? batch.count
                if failures == 1 || !error.isTransient {
                    logger.warning("learning record store: \(error); \(waiting) statements wait in the outbox, trying again")
                }
                try? await Task.sleep(for: error.isTransient ? pause : longestPause)
                continue
            }
            if failures > 0 { logger.warning("learning record store reached again") }
            failures = 0
            do {
                try await onQueue { try self.store.markSent(ids: batch.map(\.id)) }
            } catch {
                // Sent but not marked: sent again later, which the store takes as a duplicate.
                logger.error("the statement outbox cannot be updated: \(error)")
            }
        }
    }
}
