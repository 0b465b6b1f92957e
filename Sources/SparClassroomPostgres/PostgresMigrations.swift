import Logging
import PostgresNIO

/// The PostgreSQL schema, one migration per version, recorded in `spar_migration`. Several servers
/// starting at once on one database take an advisory lock first, so each migration runs once.
enum PostgresMigrations {
    struct Migration: Sendable {
        let version: Int
        let name: String
        let statements: [PostgresQuery]
    }

    static let all: [Migration] = [
        Migration(version: 1, name: "classes, seats, transcript entries", statements: [
            """
            CREATE TABLE class (
                code TEXT PRIMARY KEY,
                name TEXT,
                scenario_id TEXT NOT NULL,
                scenario_file TEXT NOT NULL,
                scenario_source BYTEA NOT NULL,
                scenario_sha256 TEXT NOT NULL,
                mode TEXT NOT NULL,
                created TIMESTAMPTZ NOT NULL,
                locked BOOLEAN NOT NULL DEFAULT false,
                paused BOOLEAN NOT NULL DEFAULT false,
                pacing TEXT NOT NULL DEFAULT 'self',
                released_stage TEXT,
                deadline TIMESTAMPTZ,
                closed BOOLEAN NOT NULL DEFAULT false
            )
            """,
            """
            CREATE TABLE seat (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                class_code TEXT NOT NULL REFERENCES class(code),
                trainee TEXT NOT NULL,
                secret_hash TEXT NOT NULL UNIQUE,
                kicked BOOLEAN NOT NULL DEFAULT false,
                applied_seq BIGINT NOT NULL DEFAULT 0,
                joined TIMESTAMPTZ NOT NULL
            )
            """,
            "CREATE INDEX seat_by_class ON seat(class_code)",
            """
            CREATE TABLE entry (
                seat_id BIGINT NOT NULL REFERENCES seat(id),
                position BIGINT NOT NULL,
                line TEXT NOT NULL,
                PRIMARY KEY (seat_id, position)
            )
            """,
        ]),
        Migration(version: 2, name: "changes announced to every server (NOTIFY spar_change)", statements: [
            // Sent by PostgreSQL when the change commits, to every server listening: the payload is
            // `ClassroomChange.payload`'s text.
            """
            CREATE FUNCTION spar_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_TABLE_NAME = 'class' THEN
                    PERFORM pg_notify('spar_change', CASE TG_OP WHEN 'INSERT' THEN 'class ' ELSE 'settings ' END || NEW.code);
                ELSIF TG_OP = 'INSERT' THEN
                    PERFORM pg_notify('spar_change', 'seat ' || NEW.class_code || ' ' || NEW.id);
                ELSE
                    IF NEW.kicked IS DISTINCT FROM OLD.kicked THEN
                        PERFORM pg_notify('spar_change', 'kick ' || NEW.class_code || ' ' || NEW.id);
                    END IF;
                    IF NEW.applied_seq IS DISTINCT FROM OLD.applied_seq THEN
                        PERFORM pg_notify('spar_change', 'answer ' || NEW.class_code || ' ' || NEW.id || ' ' || NEW.applied_seq);
                    END IF;
                END IF;
                RETURN NULL;
            END
            $$
            """,
            "CREATE TRIGGER class_change AFTER INSERT OR UPDATE ON class FOR EACH ROW EXECUTE FUNCTION spar_notify_change()",
            "CREATE TRIGGER seat_change AFTER INSERT OR UPDATE ON seat FOR EACH ROW EXECUTE FUNCTION spar_notify_change()",
        ]),
    ]

    /// The channel the triggers notify on.
    static let changeChannel = "spar_change"

    /// An arbitrary constant every spar server locks on while it migrates.
    private static let lockKey: Int64 = 0x5350_4152_4442

    /// Brings the database up to the newest version; returns the versions applied now.
    @discardableResult
    static func migrate(_ client: PostgresClient, logger: Logger) async throws -> [Int] {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(lockKey))", logger: logger)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS spar_migration (
                    version INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied TIMESTAMPTZ NOT NULL DEFAULT now()
                )
                """, logger: logger)
            var done = Set<Int>()
            for try await version in try await connection.query("SELECT version FROM spar_migration", logger: logger).decode(Int.self) {
                done.insert(version)
            }
            if let newest = done.max(), let known = all.last?.version, newest > known {
                throw PostgresClassroomStore.Failure.schemaTooNew(found: newest, known: known)
            }
            var applied: [Int] = []
            for migration in all where !done.contains(migration.version) {
                for statement in migration.statements { try await connection.query(statement, logger: logger) }
                try await connection.query("INSERT INTO spar_migration (version, name) VALUES (\(migration.version), \(migration.name))",
                                           logger: logger)
                applied.append(migration.version)
            }
            return applied
        }
    }
}
