import Foundation

/// Where classes, seats and each seat's transcript live. Every call returns once its change is
/// durable. Implementations: SQLite (`SQLiteClassroomStore`, one server per file) and PostgreSQL
/// (`PostgresClassroomStore` in SparClassroomPostgres, several servers on one database); both pass
/// one conformance suite. The synchronous calls may block their thread on the network: call them
/// from a thread of one's own (the server uses its worker threads), not from inside a task.
public protocol ClassroomStore: Sendable {
    func insertClass(_ record: ClassRecord) throws
    func classRecord(code: String) throws -> ClassRecord?
    func allClasses() throws -> [ClassRecord]
    func updateSettings(code: String, _ settings: ClassSettings) throws

    /// A new seat in class `classCode`; `secretHash` must be unique.
    func insertSeat(classCode: String, trainee: String, secretHash: String, joined: Date) throws -> SeatRecord
    func seat(secretHash: String) throws -> SeatRecord?
    func seats(classCode: String) throws -> [SeatRecord]
    func setKicked(seatID: Int64, _ kicked: Bool) throws

    /// Appends a seat's transcript lines after those stored, and records `sequence` as the input
    /// they answer (when given), in one transaction. Concurrent seats' appends may share a commit.
    func appendEntries(seatID: Int64, lines: [String], sequence: Int?) throws
    /// The same append for a caller that must not hold a thread while the commit syncs (the server
    /// has thousands of seats waiting on a few threads): returns once `staged` is durable.
    func append(_ staged: StagedEntries) async throws
    /// The seat's transcript lines, in order.
    func entries(seatID: Int64) throws -> [String]
}

/// A seat's transcript lines for one input, recorded but not yet stored.
public struct StagedEntries: Sendable, Hashable {
    public var seatID: Int64
    public var lines: [String]
    /// The input they answer, stored with them.
    public var sequence: Int?

    public init(seatID: Int64, lines: [String], sequence: Int?) {
        self.seatID = seatID
        self.lines = lines
        self.sequence = sequence
    }
}
