/// Runs work under a time limit measured on a clock; the loser is cancelled.
enum ToolTimeout {
    /// The work's result, or nil when the limit passed first (the work was cancelled).
    static func run<C: Clock<Duration>>(limit: Duration, clock: C, _ work: @escaping @Sendable () async -> ToolOutput) async -> ToolOutput? {
        await withTaskGroup(of: ToolOutput?.self) { group in
            group.addTask { await work() }
            group.addTask {
                try? await clock.sleep(for: limit)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }
}
