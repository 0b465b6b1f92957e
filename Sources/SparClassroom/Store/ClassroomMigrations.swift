import GRDB

/// The schema, one migration per version; an existing file is brought up to date when opened.
enum ClassroomMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: classes, seats, transcript entries") { db in
            try db.execute(sql: """
                CREATE TABLE class (
                    code TEXT PRIMARY KEY NOT NULL,
                    name TEXT,
                    scenario_id TEXT NOT NULL,
                    scenario_file TEXT NOT NULL,
                    scenario_source BLOB NOT NULL,
                    scenario_sha256 TEXT NOT NULL,
                    mode TEXT NOT NULL,
                    created DATETIME NOT NULL,
                    locked BOOLEAN NOT NULL DEFAULT 0,
                    paused BOOLEAN NOT NULL DEFAULT 0,
                    pacing TEXT NOT NULL DEFAULT 'self',
                    released_stage TEXT,
                    deadline DATETIME,
                    closed BOOLEAN NOT NULL DEFAULT 0
                );
                CREATE TABLE seat (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    class_code TEXT NOT NULL REFERENCES class(code),
                    trainee TEXT NOT NULL,
                    secret_hash TEXT NOT NULL UNIQUE,
                    kicked BOOLEAN NOT NULL DEFAULT 0,
                    applied_seq INTEGER NOT NULL DEFAULT 0,
                    joined DATETIME NOT NULL
                );
                CREATE INDEX seat_by_class ON seat(class_code);
                CREATE TABLE entry (
                    seat_id INTEGER NOT NULL REFERENCES seat(id),
                    position INTEGER NOT NULL,
                    line TEXT NOT NULL,
                    PRIMARY KEY (seat_id, position)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2: statement outbox") { db in
            // Statements for a learning record store, kept until it has them (`StatementOutbox`).
            try db.execute(sql: """
                CREATE TABLE statement_outbox (
                    position INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    seat_id INTEGER NOT NULL REFERENCES seat(id),
                    json TEXT NOT NULL,
                    sent BOOLEAN NOT NULL DEFAULT 0
                );
                CREATE INDEX statement_outbox_unsent ON statement_outbox(sent, position);
                CREATE TABLE statement_outbox_seat (
                    seat_id INTEGER PRIMARY KEY NOT NULL REFERENCES seat(id),
                    covered_entries INTEGER NOT NULL
                );
                """)
        }
        return migrator
    }
}
