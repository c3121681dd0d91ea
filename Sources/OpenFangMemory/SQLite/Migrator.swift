import FoundationEssentials
import SQLiteNIO

/// Applies the named migrations that are missing, records each, and refuses a database written
/// by a newer schema (one whose `user_version` is beyond the migrations this build knows).
enum Migrator {
    static func migrate(_ writer: DatabaseWriter, path: String, migrations: [Migration]) async throws -> [String] {
        let handle = writer.handle
        let version = try await handle.first("PRAGMA user_version")?.column("user_version")?.integer ?? 0
        if version > migrations.count {
            throw MemoryError.newerSchema(path: path, found: Int(version), known: migrations.count)
        }
        try await writer.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL)")
        let applied = Set(try await handle.rows("SELECT name FROM schema_migrations").compactMap { $0.column("name")?.string })
        var newlyApplied: [String] = []
        for (index, migration) in migrations.enumerated() where !applied.contains(migration.name) {
            try await writer.transaction { tx in
                for statement in migration.statements { try await tx.execute(statement) }
                try await tx.execute(
                    "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                    [.text(migration.name), .float(Date().timeIntervalSince1970)])
                try await tx.execute("PRAGMA user_version = \(index + 1)")
            }
            newlyApplied.append(migration.name)
        }
        return newlyApplied
    }
}
