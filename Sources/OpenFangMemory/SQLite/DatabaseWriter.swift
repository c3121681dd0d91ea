import SQLiteNIO

/// The one connection that writes. Transactions run one at a time (`BEGIN IMMEDIATE` … `COMMIT`);
/// a failure rolls the whole transaction back, so nothing is ever half-written. A write runs to
/// completion even when the task that asked for it is cancelled: NIO's thread pool refuses work
/// from a cancelled task, which would drop the journal entry of an interrupted turn or leave a
/// transaction open with its `ROLLBACK` refused.
actor DatabaseWriter {
    let handle: SQLiteConnectionHandle
    private let lock = AsyncSerialLock()

    init(handle: SQLiteConnectionHandle) {
        self.handle = handle
    }

    /// Runs `body` in a transaction and commits it; on any error rolls back and rethrows.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (WriteTransaction) async throws -> T) async throws -> T {
        let handle = self.handle
        let lock = self.lock
        return try await Self.uncancelled {
            try await lock.withLock {
                try await handle.execute("BEGIN IMMEDIATE")
                do {
                    let result = try await body(WriteTransaction(handle: handle))
                    try await handle.execute("COMMIT")
                    return result
                } catch {
                    try? await handle.execute("ROLLBACK")
                    throw error
                }
            }
        }
    }

    /// Runs one data-changing statement on its own: SQLite makes a single statement atomic, so
    /// this skips the `BEGIN`/`COMMIT` round trips of ``transaction(_:)``.
    func statement(_ sql: String, _ binds: [SQLiteData]) async throws -> [SQLiteRow] {
        let (handle, lock) = (self.handle, self.lock)
        return try await Self.uncancelled { try await lock.withLock { try await handle.rows(sql, binds) } }
    }

    /// Runs one statement outside a transaction (pragmas, checkpoints).
    func execute(_ sql: String) async throws {
        let (handle, lock) = (self.handle, self.lock)
        try await Self.uncancelled { try await lock.withLock { try await handle.execute(sql) } }
    }

    /// Runs `operation` in a task of its own, which the caller's cancellation does not reach, and
    /// waits for it (an owned task: its value is always awaited).
    static func uncancelled<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        try await Task(operation: operation).value
    }
}
