import Foundation
import SparClassroom
import SparClassroomPostgres

/// The classroom store a command names: `--db` (a SQLite file or `postgres://USER@HOST[:PORT]/DB`),
/// else `$SPAR_DATABASE_URL`, else the default SQLite file.
enum ClassroomStoreOpening {
    static func reference(_ db: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let db { return db }
        if let url = environment["SPAR_DATABASE_URL"], !url.isEmpty { return url }
        return SQLiteClassroomStore.defaultPath
    }

    /// How the store is shown in messages (a PostgreSQL URL without its password).
    static func shown(_ reference: String) -> String {
        guard PostgresURL.isPostgres(reference), let url = try? PostgresURL(reference) else { return reference }
        return url.description
    }

    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "no classroom store at \(path)" }
    }

    /// Opens (creating or migrating as needed) the store `reference` names. With `mustExist`, a
    /// SQLite file that is not there is an error rather than a new empty store.
    static func open(_ reference: String, mustExist: Bool = false) throws -> any ClassroomStore {
        if PostgresURL.isPostgres(reference) {
            return try PostgresClassroomStore.openWaiting(try PostgresURL(reference))
        }
        if mustExist && !FileManager.default.fileExists(atPath: reference) { throw Missing(path: reference) }
        return try SQLiteClassroomStore(path: reference)
    }
}
