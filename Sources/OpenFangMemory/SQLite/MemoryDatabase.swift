import FoundationEssentials
import Logging
import SQLiteNIO

/// The database file: one writer connection, a pool of readers, WAL mode, named migrations.
final class MemoryDatabase: Sendable {
    /// The database file.
    let path: String
    let writer: DatabaseWriter
    let readers: ReaderPool
    /// Migrations applied by this open (empty when the schema was current).
    let appliedMigrations: [String]

    private init(path: String, writer: DatabaseWriter, readers: ReaderPool, appliedMigrations: [String]) {
        self.path = path
        self.writer = writer
        self.readers = readers
        self.appliedMigrations = appliedMigrations
    }

    /// Opens (creating if needed) the database at `path`, checks it, and migrates it.
    static func open(path: String, readerCount: Int = 3, synchronous: SynchronousMode = .normal) async throws -> MemoryDatabase {
        try DatabaseFileCheck.check(path: path)
        let logger = Logger(label: "openfang.memory.sqlite")
        func connect() async throws -> SQLiteConnectionHandle {
            do {
                let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
                return SQLiteConnectionHandle(connection: connection, path: path)
            } catch {
                throw SQLiteConnectionHandle.translate(error, path: path, sql: "open")
            }
        }
        let writerHandle = try await connect()
        do {
            try await configure(writerHandle, synchronous: synchronous)
            let writer = DatabaseWriter(handle: writerHandle)
            let applied = try await Migrator.migrate(writer, path: path, migrations: Schema.migrations)
            var readerHandles: [SQLiteConnectionHandle] = []
            for _ in 0..<max(1, readerCount) {
                let reader = try await connect()
                try await reader.execute("PRAGMA busy_timeout = 5000")
                try await reader.execute("PRAGMA query_only = 1")
                readerHandles.append(reader)
            }
            return MemoryDatabase(path: path, writer: writer, readers: ReaderPool(handles: readerHandles), appliedMigrations: applied)
        } catch {
            await writerHandle.close()
            throw error
        }
    }

    /// How hard SQLite syncs: `normal` survives any process crash (WAL); `full` also a power loss.
    enum SynchronousMode: String, Sendable {
        case normal = "NORMAL"
        case full = "FULL"
    }

    private static func configure(_ handle: SQLiteConnectionHandle, synchronous: SynchronousMode) async throws {
        try await handle.execute("PRAGMA busy_timeout = 5000")
        let mode = try await handle.first("PRAGMA journal_mode = WAL")?.column("journal_mode")?.string
        guard mode?.lowercased() == "wal" else {
            throw MemoryError.notWritable(path: handle.path, reason: "cannot switch to WAL mode (got \(mode ?? "nothing"))")
        }
        try await handle.execute("PRAGMA synchronous = \(synchronous.rawValue)")
        try await handle.execute("PRAGMA foreign_keys = ON")
    }

    /// `PRAGMA integrity_check` on a reader: `["ok"]` when the file is sound.
    func integrityCheck() async throws -> [String] {
        try await readers.read { reader in
            try await reader.rows("PRAGMA integrity_check").compactMap { $0.columns.first?.data.string }
        }
    }

    /// Closes every connection (after checkpointing the WAL into the main file).
    func close() async {
        try? await writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        await readers.closeAll()
        await writer.handle.close()
    }
}
