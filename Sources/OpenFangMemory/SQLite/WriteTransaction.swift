import SQLiteNIO

/// Statements inside one write transaction; only the writer hands these out.
public struct WriteTransaction: Sendable {
    let handle: SQLiteConnectionHandle

    /// Runs a statement.
    func execute(_ sql: String, _ binds: [SQLiteData] = []) async throws {
        try await handle.execute(sql, binds)
    }

    /// Rows of a statement (for `RETURNING` or reads that must see this transaction's writes).
    func rows(_ sql: String, _ binds: [SQLiteData] = []) async throws -> [SQLiteRow] {
        try await handle.rows(sql, binds)
    }

    /// The first row of a statement.
    func first(_ sql: String, _ binds: [SQLiteData] = []) async throws -> SQLiteRow? {
        try await handle.first(sql, binds)
    }
}
