import FoundationEssentials
import OpenFangTypes
import SQLiteNIO

/// The SQLite implementation of ``MemoryStore``: one database file in WAL mode, one writer, a
/// pool of readers, every write in a transaction.
public final class SQLiteMemoryStore: StoreLifecycle {
    let database: MemoryDatabase
    let vectors: VectorIndex
    let now: @Sendable () -> Date
    private let interrupted: [RunRecord]

    private init(database: MemoryDatabase, interrupted: [RunRecord], now: @escaping @Sendable () -> Date) {
        self.database = database
        self.vectors = VectorIndex()
        self.interrupted = interrupted
        self.now = now
    }

    /// Opens the database at `path` (creating and migrating it), and marks runs a dead process
    /// left `running` as `interrupted`.
    public static func open(
        path: String, durability: Durability = .processCrash, readers: Int = 3,
        now: @escaping @Sendable () -> Date = { Date() }
    ) async throws -> SQLiteMemoryStore {
        let database = try await MemoryDatabase.open(
            path: path, readerCount: readers, synchronous: durability == .powerLoss ? .full : .normal)
        do {
            let interrupted = try await Self.markInterruptedRuns(database, at: now())
            return SQLiteMemoryStore(database: database, interrupted: interrupted, now: now)
        } catch {
            await database.close()
            throw error
        }
    }

    /// What a committed write survives.
    public enum Durability: Sendable {
        /// Any crash or kill of the process (WAL, `synchronous = NORMAL`).
        case processCrash
        /// Also an operating-system crash or power loss (`synchronous = FULL`, an fsync per commit).
        case powerLoss
    }

    /// The database file.
    public var path: String { database.path }

    /// Migrations the open applied (empty when the schema was current).
    public var appliedMigrations: [String] { database.appliedMigrations }

    /// `PRAGMA integrity_check`: `["ok"]` when the file is sound.
    public func integrityCheck() async throws -> [String] { try await database.integrityCheck() }

    /// Checkpoints and closes every connection.
    public func close() async { await database.close() }

    func read<T: Sendable>(_ body: @Sendable (SQLiteConnectionHandle) async throws -> T) async throws -> T {
        try await database.readers.read(body)
    }

    /// One atomic statement, without an explicit transaction.
    @discardableResult
    func writeStatement(_ sql: String, _ binds: [SQLiteData]) async throws -> [SQLiteRow] {
        try await database.writer.statement(sql, binds)
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (WriteTransaction) async throws -> T) async throws -> T {
        try await database.writer.transaction(body)
    }

    private static func markInterruptedRuns(_ database: MemoryDatabase, at date: Date) async throws -> [RunRecord] {
        try await database.writer.transaction { tx in
            let rows = try await tx.rows(
                "UPDATE runs SET status = 'interrupted', ended_at = ?, error = 'the process ended while the run was in progress' WHERE status = 'running' RETURNING *",
                [SQLiteBinding.time(date)])
            return try rows.map(RowDecoding.run)
        }
    }

    /// Runs left `running` by a dead process, marked `interrupted` when this store opened.
    public var recoveredRuns: [RunRecord] { interrupted }
}
