import FoundationEssentials
import OpenFangMemory
import OpenFangTypes

extension Kernel {
    /// Restarts a non-autonomous agent gets (autonomous ones: `[autonomous] max_restarts`).
    public static let defaultMaxRestarts = 3

    /// Marks an agent crashed (a hung turn) and schedules its restart with backoff.
    func crashed(_ id: AgentID, reason: String, now: Date = Date()) async {
        try? await transition(id, to: .crashed, actor: "supervisor", reason: reason)
        scheduleRestart(id, after: now)
    }

    func scheduleRestart(_ id: AgentID, after now: Date) {
        let count = (restarts[id]?.restarts ?? 0) + 1
        restarts[id] = RestartRecord(restarts: count, due: now.addingTimeInterval(RestartRecord.backoff(count)))
    }

    /// The supervisor's tick (tests pass a manual time): crashed agents whose backoff has passed
    /// run again, or are terminated once they used up their restarts. Returns the agents restarted.
    @discardableResult
    public func supervise(at now: Date) async -> [AgentID] {
        var restarted: [AgentID] = []
        for (id, record) in restarts.sorted(by: { $0.value.due < $1.value.due }) where record.due <= now {
            guard let agent = agents[id], agent.state == .crashed else {
                restarts[id] = nil
                continue
            }
            let limit = agent.manifest.autonomous?.maxRestarts ?? Self.defaultMaxRestarts
            if record.restarts > limit {
                restarts[id] = nil
                try? await transition(id, to: .terminated, actor: "supervisor", reason: "crashed after \(limit) restarts; not restarted again")
                continue
            }
            try? await transition(id, to: .running, actor: "supervisor", reason: "restart \(record.restarts) of \(limit)")
            restarts[id]?.due = .distantFuture
            restarted.append(id)
        }
        return restarted
    }

    /// The limits of an agent past the alert threshold (empty when none) as of its last turn.
    public func budgetWarnings(of nameOrID: String) -> [String] {
        find(nameOrID).flatMap { budgetWarnings[$0.record.id] } ?? []
    }

    /// An agent's budget now, for its status: the limits past the alert threshold, or the
    /// refusal its next message would get (nil when nothing is near a limit).
    public func budgetStatus(of nameOrID: String) async -> String? {
        guard let agent = find(nameOrID), let (_, provider) = try? loop(for: agent) else { return nil }
        do {
            let finding = try await BudgetGuard(budget: config.budget).check(
                agent: agent.record.id, name: agent.record.name, manifest: agent.manifest, provider: provider, store: store)
            return finding.warnings.isEmpty ? nil : "near a limit: " + finding.warnings.joined(separator: "; ")
        } catch {
            return "\(error)"
        }
    }

    /// Graceful stop: refuses new work, cancels running turns (they end `interrupted`, their
    /// sessions intact), waits up to `grace` for them, then saves running agents as suspended
    /// (resumed at the next boot). `shutdown()` then closes everything.
    public func stop(grace: Duration = .seconds(10)) async {
        guard !stopping else { return }
        stopping = true
        events.publish(KernelEvent(kind: .system, agent: nil, payload: .object(["system": .string("kernel_stopping")])))
        turns.close(.shuttingDown)
        let deadline = ContinuousClock.now + grace
        while !turns.isEmpty, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        for (id, agent) in agents where agent.state == .running || agent.state == .created {
            try? await transition(id, to: .suspended, actor: "kernel", reason: "the daemon stopped; resumed at the next start", resumeOnBoot: true)
        }
    }
}
