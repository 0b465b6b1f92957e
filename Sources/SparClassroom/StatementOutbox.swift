import Foundation

/// The xAPI statements a server forwards to a learning record store, kept until the store has
/// them: a statement is queued in the same place as the answers it comes from, so a store that is
/// down, or a server killed, loses none. Implementations: SQLite (`SQLiteClassroomStore`).
public protocol StatementOutbox: Sendable {
    /// Queues the statements whose ids are not queued yet, and records that the seat's first
    /// `entries` transcript lines are covered, in one transaction.
    func enqueue(_ statements: [QueuedStatement], seatID: Int64, coveringEntries entries: Int) throws
    /// How many of the seat's transcript lines the queued statements cover (0: none queued).
    func coveredEntries(seatID: Int64) throws -> Int
    /// The oldest statements not yet sent, at most `limit`, in the order they were queued.
    func unsentStatements(limit: Int) throws -> [QueuedStatement]
    func markSent(ids: [String]) throws
    func unsentCount() throws -> Int
}

/// One statement in the outbox: its id and its JSON, as it will be posted.
public struct QueuedStatement: Sendable, Hashable {
    public var id: String
    public var json: String

    public init(id: String, json: String) {
        self.id = id
        self.json = json
    }
}
