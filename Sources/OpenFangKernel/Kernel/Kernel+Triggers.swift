import FoundationEssentials
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

extension Kernel {
    /// Creates a trigger: when an event matches `pattern` (JSON), `agent` gets `prompt` with
    /// `{{event}}` replaced; at most `maxFires` times (0: no limit), `cooldownSecs` apart.
    public func createTrigger(
        agent nameOrID: String, pattern: String, prompt: String = "Event: {{event}}", maxFires: Int = 0, cooldownSecs: Int = 0, origin: String = "user",
        now: Date = Date()
    ) async throws -> TriggerRecord {
        guard let agent = find(nameOrID) else { throw unknown(nameOrID) }
        do {
            _ = try TriggerPattern(json: pattern)
        } catch {
            throw KernelError.invalidTriggerPattern(error.description)
        }
        guard maxFires >= 0, cooldownSecs >= 0 else { throw KernelError.schedule("max_fires and cooldown_secs must be 0 or more") }
        guard !prompt.trimmed().isEmpty else { throw KernelError.schedule("the trigger's prompt is empty") }
        let record = TriggerRecord(
            id: .random(), agentID: agent.record.id, pattern: pattern, promptTemplate: prompt, maxFires: maxFires, cooldownSecs: cooldownSecs, origin: origin,
            createdAt: now)
        try await store.saveTrigger(record)
        try await store.appendAudit(AuditEntry(
            actor: origin, action: "trigger.create", subject: "trigger:\(record.id)", detail: .object(["agent": .string(agent.record.name), "pattern": .string(pattern)])))
        return record
    }

    /// Every trigger, oldest first.
    public func triggers() async throws -> [TriggerRecord] { try await store.triggers() }

    /// Deletes a trigger by id; false when there is none.
    @discardableResult
    public func deleteTrigger(_ id: TriggerID) async throws -> Bool {
        let deleted = try await store.deleteTrigger(id)
        if deleted { try await store.appendAudit(AuditEntry(actor: "user", action: "trigger.delete", subject: "trigger:\(id)")) }
        return deleted
    }

    /// The triggers `event` fires at `now`, each counted against its max fires and cooldown as it
    /// is claimed. An agent's trigger ignores what its own turns produce, so it cannot feed itself.
    public func triggerFires(for event: KernelEvent, at now: Date) async throws -> [TriggerFire] {
        let agentName = event.agent.flatMap { agents[$0]?.record.name }
        var fires: [TriggerFire] = []
        for trigger in try await store.triggers() where trigger.enabled {
            guard agents[trigger.agentID] != nil, !Self.isOwnOutput(event, of: trigger.agentID),
                let pattern = try? TriggerPattern(json: trigger.pattern), pattern.matches(event, agentName: agentName),
                let claimed = try await store.claimTriggerFire(trigger.id, at: now)
            else { continue }
            let prompt = claimed.promptTemplate.replacing("{{event}}", with: event.summary(agentName: agentName))
            fires.append(TriggerFire(trigger: claimed.id, agent: claimed.agentID, prompt: prompt))
        }
        return fires
    }

    /// Sends a fired trigger's prompt to its agent.
    @discardableResult
    public func execute(_ fire: TriggerFire) async -> Result<TurnResult, KernelError> {
        do {
            return .success(try await send(fire.prompt, to: fire.agent.description, sender: "trigger:\(fire.trigger)"))
        } catch {
            return .failure(error as? KernelError ?? .turnFailed(agent: agents[fire.agent]?.record.name ?? fire.agent.description, reason: "\(error)"))
        }
    }

    static func isOwnOutput(_ event: KernelEvent, of agent: AgentID) -> Bool {
        guard event.agent == agent else { return false }
        switch event.kind {
        case .agentMessage, .custom, .cron, .budget, .approval: return true
        case .agentSpawned, .agentStateChanged, .system: return false
        }
    }
}
