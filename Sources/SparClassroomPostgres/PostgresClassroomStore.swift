import Foundation
import Logging
import PostgresNIO
import SalesMethod
import SparClassroom
import SparKit

/// The classroom store on a PostgreSQL server, so several `spar serve` instances share classes,
/// seats and transcripts. Every statement binds its values; an append is one statement (its
/// lines and the input's sequence commit together), acknowledged only once PostgreSQL has
/// committed it. The synchronous calls of `ClassroomStore` wait on their own thread for the
/// client, which runs on Swift's task pool: make them from a thread, not from inside a task.
public final class PostgresClassroomStore: ClassroomStore, @unchecked Sendable {
    public let url: PostgresURL
    let client: PostgresClient
    private let running: Task<Void, Never>
    let logger: Logger
    private let lock = NSLock()
    /// The change feeds' listening tasks, ended with the store.
    private var listeners: [Task<Void, Never>] = []
    private var closed = false

    public enum Failure: Error, Sendable, CustomStringConvertible {
        case unreachable(String, seconds: Int)
        case schemaTooNew(found: Int, known: Int)

        public var description: String {
            switch self {
            case .unreachable(let url, let seconds): "no answer from the PostgreSQL server at \(url) within \(seconds) s"
            case .schemaTooNew(let found, let known):
                "the database's schema is version \(found); this spar knows versions up to \(known): use a newer spar"
            }
        }
    }

    /// Connects to `url` and brings its schema up to date; throws when the server does not answer
    /// within `timeout`.
    public static func open(_ url: PostgresURL, timeout: Duration = .seconds(15), logger: Logger = Logger(label: "spar.postgres")) async throws
        -> PostgresClassroomStore
    {
        let store = PostgresClassroomStore(url: url, logger: logger)
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { _ = try await PostgresMigrations.migrate(store.client, logger: logger) }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    throw Failure.unreachable(url.description, seconds: Int(timeout.components.seconds))
                }
                defer { group.cancelAll() }
                _ = try await group.next()
            }
        } catch {
            store.close()
            throw Self.readable(error)
        }
        return store
    }

    /// `open` for a caller on a thread of its own (a command line, a worker thread).
    public static func openWaiting(_ url: PostgresURL, timeout: Duration = .seconds(15)) throws -> PostgresClassroomStore {
        try waitFor { try await open(url, timeout: timeout) }
    }

    private init(url: PostgresURL, logger: Logger) {
        self.url = url
        self.logger = logger
        var configuration = url.clientConfiguration
        configuration.options.minimumConnections = 1
        let client = PostgresClient(configuration: configuration)
        self.client = client
        running = Task.detached { await client.run() }
    }

    /// Ends the change feeds and the client's connections; calls after it fail.
    public func close() {
        let ending = lock.withLock {
            closed = true
            defer { listeners = [] }
            return listeners
        }
        for listener in ending { listener.cancel() }
        running.cancel()
    }

    func track(_ listener: Task<Void, Never>) {
        let keep = lock.withLock {
            if !closed { listeners.append(listener) }
            return !closed
        }
        if !keep { listener.cancel() }
    }

    deinit { close() }

    // MARK: - Classes

    public func insertClass(_ record: ClassRecord) throws {
        let settings = record.settings
        try run("""
            INSERT INTO class (code, name, scenario_id, scenario_file, scenario_source, scenario_sha256, mode, created,
                               locked, paused, pacing, released_stage, deadline, closed)
            VALUES (\(record.code), \(record.name), \(record.scenarioID), \(record.scenarioFile), \(record.scenarioSource),
                    \(record.scenarioSHA256), \(record.mode.rawValue), \(record.created), \(settings.locked), \(settings.paused),
                    \(settings.pacing.rawValue), \(settings.releasedStage?.rawValue), \(settings.deadline), \(settings.closed))
            """)
    }

    public func classRecord(code: String) throws -> ClassRecord? {
        try classes(where: "WHERE code = \(code)").first
    }

    public func allClasses() throws -> [ClassRecord] {
        try classes(where: "ORDER BY created, code")
    }

    public func updateSettings(code: String, _ settings: ClassSettings) throws {
        let changed = try count("""
            UPDATE class SET locked = \(settings.locked), paused = \(settings.paused), pacing = \(settings.pacing.rawValue),
                             released_stage = \(settings.releasedStage?.rawValue), deadline = \(settings.deadline),
                             closed = \(settings.closed)
            WHERE code = \(code) RETURNING 1
            """)
        if changed == 0 { throw ClassroomStoreError.unknownClass(code) }
    }

    // MARK: - Seats

    public func insertSeat(classCode: String, trainee: String, secretHash: String, joined: Date) throws -> SeatRecord {
        let client = self.client, logger = self.logger
        let id = try Self.waitFor { () -> Int64 in
            let rows = try await client.query("""
                INSERT INTO seat (class_code, trainee, secret_hash, kicked, applied_seq, joined)
                VALUES (\(classCode), \(trainee), \(secretHash), false, 0, \(joined)) RETURNING id
                """, logger: logger)
            for try await id in rows.decode(Int64.self) { return id }
            throw ClassroomStoreError.unknownClass(classCode)
        }
        return SeatRecord(id: id, classCode: classCode, trainee: trainee, secretHash: secretHash, joined: joined)
    }

    public func seat(secretHash: String) throws -> SeatRecord? {
        try seats(where: "WHERE secret_hash = \(secretHash)").first
    }

    public func seats(classCode: String) throws -> [SeatRecord] {
        try seats(where: "WHERE class_code = \(classCode) ORDER BY id")
    }

    public func setKicked(seatID: Int64, _ kicked: Bool) throws {
        let changed = try count("UPDATE seat SET kicked = \(kicked) WHERE id = \(seatID) RETURNING 1")
        if changed == 0 { throw ClassroomStoreError.unknownSeat(seatID) }
    }

    // MARK: - Transcript entries

    public func appendEntries(seatID: Int64, lines: [String], sequence: Int?) throws {
        let staged = StagedEntries(seatID: seatID, lines: lines, sequence: sequence)
        try Self.waitFor { try await self.append(staged) }
    }

    public func append(_ staged: StagedEntries) async throws {
        if staged.lines.isEmpty && staged.sequence == nil { return }
        // One statement: its lines after those stored and the sequence it answers commit together.
        let sequence = staged.sequence.map(Int64.init)
        let rows = try await client.query("""
            WITH stored AS (SELECT COALESCE(MAX(position), 0) AS top FROM entry WHERE seat_id = \(staged.seatID)),
                 added AS (
                     INSERT INTO entry (seat_id, position, line)
                     SELECT \(staged.seatID), stored.top + given.n, given.line
                     FROM stored, unnest(\(staged.lines)::text[]) WITH ORDINALITY AS given(line, n)
                     RETURNING 1),
                 applied AS (
                     UPDATE seat SET applied_seq = GREATEST(applied_seq, \(sequence)::bigint)
                     WHERE id = \(staged.seatID) AND \(sequence)::bigint IS NOT NULL
                     RETURNING 1)
            SELECT EXISTS (SELECT 1 FROM seat WHERE id = \(staged.seatID)), (SELECT count(*) FROM added)
            """, logger: logger)
        var seatExists = false
        for try await (exists, _) in rows.decode((Bool, Int64).self) { seatExists = exists }
        if !seatExists { throw ClassroomStoreError.unknownSeat(staged.seatID) }
    }

    public func entries(seatID: Int64) throws -> [String] {
        let client = self.client, logger = self.logger
        return try Self.waitFor {
            var lines: [String] = []
            let rows = try await client.query("SELECT line FROM entry WHERE seat_id = \(seatID) ORDER BY position", logger: logger)
            for try await line in rows.decode(String.self) { lines.append(line) }
            return lines
        }
    }

    // MARK: - Rows

    private func classes(where clause: PostgresQuery) throws -> [ClassRecord] {
        let client = self.client, logger = self.logger
        var query: PostgresQuery = """
            SELECT code, name, scenario_id, scenario_file, scenario_source, scenario_sha256, mode, created,
                   locked, paused, pacing, released_stage, deadline, closed
            FROM class\u{20}
            """
        query.sql += clause.sql
        query.binds = clause.binds
        return try Self.waitFor { [query] in
            var records: [ClassRecord] = []
            let rows = try await client.query(query, logger: logger)
            for try await row in rows.decode(
                (String, String?, String, String, Data, String, String, Date, Bool, Bool, String, String?, Date?, Bool).self)
            {
                var settings = ClassSettings()
                settings.locked = row.8
                settings.paused = row.9
                settings.pacing = Pacing(rawValue: row.10) ?? .selfPaced
                settings.releasedStage = row.11.flatMap(LifecycleStage.init(rawValue:))
                settings.deadline = row.12
                settings.closed = row.13
                records.append(ClassRecord(code: row.0, name: row.1, scenarioID: row.2, scenarioFile: row.3, scenarioSource: row.4,
                                           scenarioSHA256: row.5, mode: SessionMode(rawValue: row.6) ?? .practice, created: row.7,
                                           settings: settings))
            }
            return records
        }
    }

    private func seats(where clause: PostgresQuery) throws -> [SeatRecord] {
        let client = self.client, logger = self.logger
        var query: PostgresQuery = "SELECT id, class_code, trainee, secret_hash, kicked, applied_seq, joined FROM seat "
        query.sql += clause.sql
        query.binds = clause.binds
        return try Self.waitFor { [query] in
            var records: [SeatRecord] = []
            let rows = try await client.query(query, logger: logger)
            for try await row in rows.decode((Int64, String, String, String, Bool, Int64, Date).self) {
                records.append(SeatRecord(id: row.0, classCode: row.1, trainee: row.2, secretHash: row.3, kicked: row.4,
                                          appliedSequence: Int(row.5), joined: row.6))
            }
            return records
        }
    }

    private func run(_ query: PostgresQuery) throws {
        let client = self.client, logger = self.logger
        try Self.waitFor { try await client.query(query, logger: logger) }
    }

    /// The rows a statement returned (`RETURNING 1` counts what it changed).
    private func count(_ query: PostgresQuery) throws -> Int {
        let client = self.client, logger = self.logger
        return try Self.waitFor {
            var count = 0
            for try await _ in try await client.query(query, logger: logger) { count += 1 }
            return count
        }
    }

    /// Runs `work` on the task pool and blocks this thread until it is done.
    private static func waitFor<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let outcome = WaitOutcome<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                outcome.result = .success(try await work())
            } catch {
                outcome.result = .failure(readable(error))
            }
            done.signal()
        }
        done.wait()
        return try outcome.result!.get()
    }

    /// PostgreSQL's own message (PSQLError hides it from `description`, for logs that might leak data).
    static func readable(_ error: any Error) -> any Error {
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return StoreFailure(text: "PostgreSQL: \(message)") }
            if let underlying = psql.underlying { return StoreFailure(text: "PostgreSQL: \(psql.code): \(underlying)") }
            return StoreFailure(text: "PostgreSQL: \(psql.code)")
        }
        if let transaction = error as? PostgresTransactionError {
            return readable(transaction.closureError ?? transaction.commitError ?? transaction.beginError ?? transaction.rollbackError ?? error)
        }
        return error
    }
}

/// What a blocking call waited for; written by its task before the semaphore is signalled.
private final class WaitOutcome<T: Sendable>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

/// A database failure worded for the person running spar.
struct StoreFailure: Error, Sendable, CustomStringConvertible {
    let text: String
    var description: String { text }
}
