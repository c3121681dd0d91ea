import FoundationEssentials
import Logging
import OpenFangTypes
import SQLiteNIO
import Synchronization

/// One SQLite connection with typed helpers; callers serialise their use of it.
struct SQLiteConnectionHandle: Sendable {
    let connection: SQLiteConnection
    let path: String

    /// Every row of `sql`.
    func rows(_ sql: String, _ binds: [SQLiteData] = []) async throws -> [SQLiteRow] {
        let collected = Mutex<[SQLiteRow]>([])
        do {
            try await connection.query(sql, binds) { row in collected.withLock { $0.append(row) } }
        } catch {
            throw Self.translate(error, path: path, sql: sql)
        }
        return collected.withLock { $0 }
    }

    /// Runs a statement that returns no rows.
    func execute(_ sql: String, _ binds: [SQLiteData] = []) async throws {
        _ = try await rows(sql, binds)
    }

    /// The first row, if any.
    func first(_ sql: String, _ binds: [SQLiteData] = []) async throws -> SQLiteRow? {
        try await rows(sql, binds).first
    }

    func close() async {
        try? await connection.close()
    }

    /// Maps SQLite's errors to ``MemoryError`` with the file named.
    static func translate(_ error: any Error, path: String, sql: String) -> any Error {
        guard let sqlite = error as? SQLiteError else { return error }
        let operation = String(sql.trimmed().prefix(40))
        switch sqlite.reason {
        case .full: return MemoryError.diskFull(path: path)
        case .notADatabase, .corrupt: return MemoryError.notADatabase(path: path, reason: sqlite.message)
        case .readOnly, .permission, .cantOpen: return MemoryError.notWritable(path: path, reason: sqlite.message)
        default: return MemoryError.sqlite(path: path, operation: operation, message: sqlite.message)
        }
    }
}
