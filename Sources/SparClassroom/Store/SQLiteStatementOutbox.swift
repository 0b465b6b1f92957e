import GRDB

/// The statement outbox in the classroom's SQLite file (tables of migration v2).
extension SQLiteClassroomStore: StatementOutbox {
    public func enqueue(_ statements: [QueuedStatement], seatID: Int64, coveringEntries entries: Int) throws {
        try pool.write { db in
            for statement in statements {
                try db.execute(sql: "INSERT OR IGNORE INTO statement_outbox (id, seat_id, json) VALUES (?, ?, ?)",
                               arguments: [statement.id, seatID, statement.json])
            }
            try db.execute(sql: """
                INSERT INTO statement_outbox_seat (seat_id, covered_entries) VALUES (?, ?)
                ON CONFLICT(seat_id) DO UPDATE SET covered_entries = MAX(covered_entries, excluded.covered_entries)
                """, arguments: [seatID, entries])
        }
    }

    public func coveredEntries(seatID: Int64) throws -> Int {
        try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT covered_entries FROM statement_outbox_seat WHERE seat_id = ?", arguments: [seatID]) ?? 0
        }
    }

    public func unsentStatements(limit: Int) throws -> [QueuedStatement] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, json FROM statement_outbox WHERE sent = 0 ORDER BY position LIMIT ?", arguments: [limit])
                .map { QueuedStatement(id: $0["id"], json: $0["json"]) }
        }
    }

    public func markSent(ids: [String]) throws {
        try pool.write { db in
            for id in ids { try db.execute(sql: "UPDATE statement_outbox SET sent = 1 WHERE id = ?", arguments: [id]) }
        }
    }

    public func unsentCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM statement_outbox WHERE sent = 0") ?? 0 }
    }
}
