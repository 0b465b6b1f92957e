import Foundation
import GRDB
import SalesMethod
import SparKit

/// The classroom store in one SQLite file (WAL: readers never wait for the writer). Transcript
/// appends from many seats go through one writer thread that commits whatever has queued up in a
/// single transaction (`GroupCommitWriter`), so a thousand trainees cost a few syncs a second; the
/// log is copied into the database file beside them (`WALCheckpointer`).
public final class SQLiteClassroomStore: ClassroomStore, @unchecked Sendable {
    public let path: String
    let pool: DatabasePool
    private let writer: GroupCommitWriter
    private let checkpointer: WALCheckpointer

    /// `$XDG_DATA_HOME/spar/classroom.sqlite`.
    public static var defaultPath: String {
        let environment = ProcessInfo.processInfo.environment
        let data = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".local/share")
        return (data as NSString).appendingPathComponent("spar/classroom.sqlite")
    }

    /// Opens (creating and migrating as needed) the store at `path`.
    public init(path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Several server processes on one file would each think they own the seats; the second waits, then fails.
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            // Durable at commit even against a power cut, not only a killed process.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // Checkpoints run on their own thread (WALCheckpointer), not inside an answer's commit.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try ClassroomMigrations.migrator.migrate(pool)
        writer = GroupCommitWriter(pool: pool)
        checkpointer = try WALCheckpointer(path: path)
    }

    deinit {
        writer.stop()
        checkpointer.stop()
    }

    // MARK: - Classes

    public func insertClass(_ record: ClassRecord) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO class (code, name, scenario_id, scenario_file, scenario_source, scenario_sha256, mode, created,
                                   locked, paused, pacing, released_stage, deadline, closed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [record.code, record.name, record.scenarioID, record.scenarioFile, record.scenarioSource,
                                 record.scenarioSHA256, record.mode.rawValue, record.created] + Self.arguments(record.settings))
        }
    }

    public func classRecord(code: String) throws -> ClassRecord? {
        try pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM class WHERE code = ?", arguments: [code]).map(Self.classRecord) }
    }

    public func allClasses() throws -> [ClassRecord] {
        try pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM class ORDER BY created, code").map(Self.classRecord) }
    }

    public func updateSettings(code: String, _ settings: ClassSettings) throws {
        try pool.write { db in
            try db.execute(sql: """
                UPDATE class SET locked = ?, paused = ?, pacing = ?, released_stage = ?, deadline = ?, closed = ? WHERE code = ?
                """, arguments: Self.arguments(settings) + [code])
            if db.changesCount == 0 { throw ClassroomStoreError.unknownClass(code) }
        }
    }

    // MARK: - Seats

    public func insertSeat(classCode: String, trainee: String, secretHash: String, joined: Date) throws -> SeatRecord {
        try pool.write { db in
            try db.execute(sql: "INSERT INTO seat (class_code, trainee, secret_hash, kicked, applied_seq, joined) VALUES (?, ?, ?, 0, 0, ?)",
                           arguments: [classCode, trainee, secretHash, joined])
            return SeatRecord(id: db.lastInsertedRowID, classCode: classCode, trainee: trainee, secretHash: secretHash, joined: joined)
        }
    }

    public func seat(secretHash: String) throws -> SeatRecord? {
        try pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM seat WHERE secret_hash = ?", arguments: [secretHash]).map(Self.seatRecord) }
    }

    public func seats(classCode: String) throws -> [SeatRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM seat WHERE class_code = ? ORDER BY id", arguments: [classCode]).map(Self.seatRecord)
        }
    }

    public func setKicked(seatID: Int64, _ kicked: Bool) throws {
        try pool.write { db in
            try db.execute(sql: "UPDATE seat SET kicked = ? WHERE id = ?", arguments: [kicked, seatID])
            if db.changesCount == 0 { throw ClassroomStoreError.unknownSeat(seatID) }
        }
    }

    // MARK: - Transcript entries

    public func appendEntries(seatID: Int64, lines: [String], sequence: Int?) throws {
        try writer.append(GroupCommitWriter.Append(seatID: seatID, lines: lines, sequence: sequence))
    }

    public func append(_ staged: StagedEntries) async throws {
        try await writer.append(GroupCommitWriter.Append(seatID: staged.seatID, lines: staged.lines, sequence: staged.sequence))
    }

    public func entries(seatID: Int64) throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: "SELECT line FROM entry WHERE seat_id = ? ORDER BY position", arguments: [seatID])
        }
    }

    // MARK: - Rows

    private static func arguments(_ settings: ClassSettings) -> StatementArguments {
        [settings.locked, settings.paused, settings.pacing.rawValue, settings.releasedStage?.rawValue, settings.deadline, settings.closed]
    }

    private static func classRecord(_ row: Row) -> ClassRecord {
        var settings = ClassSettings()
        settings.locked = row["locked"]
        settings.paused = row["paused"]
        settings.pacing = Pacing(rawValue: row["pacing"]) ?? .selfPaced
        settings.releasedStage = (row["released_stage"] as String?).flatMap(LifecycleStage.init(rawValue:))
        settings.deadline = row["deadline"]
        settings.closed = row["closed"]
        return ClassRecord(code: row["code"], name: row["name"], scenarioID: row["scenario_id"], scenarioFile: row["scenario_file"],
                           scenarioSource: row["scenario_source"], scenarioSHA256: row["scenario_sha256"],
                           mode: SessionMode(rawValue: row["mode"]) ?? .practice, created: row["created"], settings: settings)
    }

    private static func seatRecord(_ row: Row) -> SeatRecord {
        SeatRecord(id: row["id"], classCode: row["class_code"], trainee: row["trainee"], secretHash: row["secret_hash"],
                   kicked: row["kicked"], appliedSequence: row["applied_seq"], joined: row["joined"])
    }
}
