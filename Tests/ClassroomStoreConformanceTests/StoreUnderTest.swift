import Foundation
import Testing
import PostgresNIO
import SparClassroom
import SparClassroomPostgres

/// A store kind the conformance suite runs against: SQLite always, PostgreSQL when
/// `SPAR_TEST_POSTGRES_URL` names a server (scripts/test-postgres starts one and sets it).
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["SPAR_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The kinds this run can reach.
    static var available: [StoreKind] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
}

/// A fresh, empty store of one kind for one test: a SQLite file in a new folder, or a new database
/// on the PostgreSQL server. `reopen()` opens the same store again, as a restarted server (or a
/// second server) would.
final class StoreUnderTest: @unchecked Sendable {
    let kind: StoreKind
    /// The SQLite path or the PostgreSQL URL.
    let reference: String
    let store: any ClassroomStore
    private var others: [PostgresClassroomStore] = []
    private let cleanup: @Sendable () async -> Void

    private init(kind: StoreKind, reference: String, store: any ClassroomStore, cleanup: @escaping @Sendable () async -> Void) {
        self.kind = kind
        self.reference = reference
        self.store = store
        self.cleanup = cleanup
    }

    static func make(_ kind: StoreKind) async throws -> StoreUnderTest {
        switch kind {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spar-conformance-\(UUID().uuidString)").path
            let path = folder + "/classroom.sqlite"
            return StoreUnderTest(kind: kind, reference: path, store: try SQLiteClassroomStore(path: path)) {
                try? FileManager.default.removeItem(atPath: folder)
            }
        case .postgres:
            let server = try PostgresURL(StoreKind.postgresURL ?? "")
            let database = try await TestDatabase.create(on: server)
            let store = try await PostgresClassroomStore.open(database.url)
            return StoreUnderTest(kind: kind, reference: database.url.description, store: store) {
                store.close()
                await database.drop()
            }
        }
    }

    /// The same store opened again by a new store object (a new file handle, or new connections).
    func reopen() async throws -> any ClassroomStore {
        switch kind {
        case .sqlite: return try SQLiteClassroomStore(path: reference)
        case .postgres:
            let other = try await PostgresClassroomStore.open(try PostgresURL(reference))
            others.append(other)
            return other
        }
    }

    func remove() async {
        for other in others { other.close() }
        await cleanup()
    }
}

/// A database of its own for one test, made on the test server and dropped after it.
struct TestDatabase: Sendable {
    let url: PostgresURL
    let server: PostgresURL

    static func create(on server: PostgresURL) async throws -> TestDatabase {
        // The name is made here from a UUID (never from input), so it may stand in the SQL text:
        // CREATE DATABASE takes no bound parameters.
        let name = "spar_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await administer(server, "CREATE DATABASE \(name)")
        var url = server
        url.database = name
        return TestDatabase(url: url, server: server)
    }

    func drop() async {
        try? await Self.administer(server, "DROP DATABASE IF EXISTS \(url.database) WITH (FORCE)")
    }

    private static func administer(_ server: PostgresURL, _ sql: String) async throws {
        let client = PostgresClient(configuration: server.testClientConfiguration)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await client.query(PostgresQuery(unsafeSQL: sql))
        }
    }
}

extension PostgresURL {
    var testClientConfiguration: PostgresClient.Configuration {
        PostgresClient.Configuration(host: host, port: port, username: user, password: password, database: database,
                                     tls: sslMode == .disable ? .disable : .prefer(.makeClientConfiguration()))
    }
}

/// Runs blocking store calls on a thread of their own, never on the task pool (whose few threads
/// a PostgreSQL store needs in order to answer them).
func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            continuation.resume(with: Result { try body() })
        }
        thread.stackSize = 4 << 20
        thread.start()
    }
}
