import SQLiteNIO

/// A few read-only connections so reads never wait for the writer (WAL lets them see the last commit).
actor ReaderPool {
    private var idle: [SQLiteConnectionHandle]
    private var waiters: [CheckedContinuation<SQLiteConnectionHandle, Never>] = []
    private let all: [SQLiteConnectionHandle]

    init(handles: [SQLiteConnectionHandle]) {
        self.idle = handles
        self.all = handles
    }

    /// Runs `body` with a reader connection of its own.
    func read<T: Sendable>(_ body: @Sendable (SQLiteConnectionHandle) async throws -> T) async throws -> T {
        let handle = await checkout()
        do {
            let result = try await body(handle)
            checkin(handle)
            return result
        } catch {
            checkin(handle)
            throw error
        }
    }

    private func checkout() async -> SQLiteConnectionHandle {
        if let handle = idle.popLast() { return handle }
        return await withCheckedContinuation { waiters.append($0) }
    }

    private func checkin(_ handle: SQLiteConnectionHandle) {
        if waiters.isEmpty {
            idle.append(handle)
        } else {
            waiters.removeFirst().resume(returning: handle)
        }
    }

    func closeAll() async {
        for handle in all { await handle.close() }
    }
}
