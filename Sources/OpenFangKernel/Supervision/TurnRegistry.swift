import FoundationEssentials
import OpenFangTypes
import Synchronization

/// The turns running now, each watched: one that makes no progress for its inactivity limit is
/// cancelled (a hung turn), and at shutdown every turn is cancelled so it ends `interrupted`.
/// (A mutex rather than an actor: progress is reported synchronously from inside the loop.)
final class TurnRegistry: Sendable {
    struct Turn {
        var agent: AgentID
        var name: String
        var lastProgress: ContinuousClock.Instant
        var inactivity: Duration
        var cancelled: KernelError?
    }

    private let turns = Mutex<[UUID: Turn]>([:])
    private let closed = Mutex<KernelError?>(nil)
    /// How often a watchdog looks at its turn.
    let poll: Duration

    init(poll: Duration = .milliseconds(200)) {
        self.poll = poll
    }

    /// Runs `body` (given a progress callback) under a watchdog.
    func run<T: Sendable>(
        agent: AgentID, name: String, inactivity: Duration, _ body: @escaping @Sendable (@escaping @Sendable () -> Void) async throws -> T
    ) async throws -> T {
        if let reason = closed.withLock({ $0 }) { throw reason }
        let id = UUID()
        turns.withLock { $0[id] = Turn(agent: agent, name: name, lastProgress: .now, inactivity: inactivity) }
        defer { _ = turns.withLock { $0.removeValue(forKey: id) } }
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body { self.touch(id) } }
            group.addTask {
                while true {
                    try await Task.sleep(for: self.poll)
                    if let verdict = self.verdict(id) { throw verdict }
                }
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw CancellationError() }
            return value
        }
    }

    /// Cancels every running turn with `reason` and refuses new ones.
    func close(_ reason: KernelError) {
        closed.withLock { $0 = $0 ?? reason }
        turns.withLock { all in
            for key in all.keys { all[key]?.cancelled = reason }
        }
    }

    /// Agents with a turn running now.
    var busyAgents: Set<AgentID> { turns.withLock { Set($0.values.map(\.agent)) } }

    /// Whether no turn runs.
    var isEmpty: Bool { turns.withLock { $0.isEmpty } }

    private func touch(_ id: UUID) {
        turns.withLock { $0[id]?.lastProgress = .now }
    }

    private func verdict(_ id: UUID) -> KernelError? {
        turns.withLock { all -> KernelError? in
            guard let turn = all[id] else { return nil }
            if let cancelled = turn.cancelled { return cancelled }
            guard ContinuousClock.now - turn.lastProgress > turn.inactivity else { return nil }
            return .turnHung(agent: turn.name, seconds: Int(turn.inactivity.components.seconds))
        }
    }
}
