import FoundationEssentials
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

extension Kernel {
    /// Sends `text` to an agent and returns its turn; messages to one agent run one at a time, in
    /// order. With `events`, the model is streamed and progress reported. The caller's role, the
    /// agent's state and every budget are checked before any model call; a turn that stops making
    /// progress is cancelled and the agent marked crashed (the supervisor restarts it).
    public func send(
        _ text: String, to nameOrID: String, sender: String? = nil, depth: Int = 0, as caller: Caller = .local, events: AgentLoop.EventSink? = nil
    ) async throws -> TurnResult {
        let prepared = try await prepareTurn(for: nameOrID, as: caller)
        let session = try await store.canonicalSession(for: prepared.agent.record.id).id
        return try await execute(UserTurn(text, sender: sender, depth: depth), prepared, session: session, sender: sender, events: events)
    }

    /// Throws what `send` would refuse the turn with before it starts (for answers that must be
    /// decided before a stream opens); changes nothing.
    public func admit(_ nameOrID: String, as caller: Caller = .local) async throws {
        _ = try await prepareTurn(for: nameOrID, as: caller)
    }

    /// The checks every turn passes before any model call: not stopping, the caller may chat, the
    /// agent exists and accepts messages, it has a provider, and no budget is used up.
    func prepareTurn(for nameOrID: String, as caller: Caller) async throws -> PreparedTurn {
        guard !stopping else { throw KernelError.shuttingDown }
        try access.authorize(caller, .chat)
        guard let agent = find(nameOrID) else { throw unknown(nameOrID) }
        let accepting: Set<AgentState> = [.running, .created, .quotaExceeded]
        guard accepting.contains(agent.state) else { throw KernelError.notRunning(agent.record.name, agent.state) }
        let (loop, provider) = try loop(for: agent)
        try await checkBudget(agent, provider: provider)
        return PreparedTurn(agent: agent, loop: loop, provider: provider)
    }

    /// Runs a prepared turn on `session` in the agent's mailbox under the watchdog, then records
    /// its usage, audits it and publishes it.
    func execute(
        _ turn: UserTurn, _ prepared: PreparedTurn, session: SessionID, sender: String?, events: AgentLoop.EventSink?
    ) async throws -> TurnResult {
        let (agent, base, provider) = (prepared.agent, prepared.loop, prepared.provider)
        let id = agent.record.id
        let inactivity = Duration.seconds(agent.manifest.autonomous.map { $0.heartbeatIntervalSecs * 2 } ?? config.heartbeat.defaultTimeoutSecs)
        let result: TurnResult
        do {
            result = try await mailbox(for: id).run { [turns] in
                try await turns.run(agent: id, name: agent.record.name, inactivity: inactivity) { progress in
                    var environment = base.environment
                    environment.progress = progress
                    return try await AgentLoop(environment: environment, configuration: base.configuration).run(turn, session: session, events: events)
                }
            }
        } catch let error as KernelError {
            if case .turnHung = error { await crashed(id, reason: error.description) }
            throw error
        }
        restarts[id] = nil
        let model = base.configuration.model
        let cost = CostCalculator().cost(of: result.usage, model: model)
        try await store.recordUsage(UsageRecord(
            agentID: id, provider: provider, model: model, inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens,
            costUSD: cost.usd, toolCalls: result.toolCalls, at: Date()))
        try await audit(result, agent: agent, sender: sender)
        self.events.publish(KernelEvent(
            kind: .agentMessage, agent: id,
            payload: .object(["run": .string(result.runID.description), "silent": .bool(result.silent), "tool_calls": .integer(Int64(result.toolCalls))])))
        return result
    }

    /// Refuses the turn when a limit is used up (the agent enters `quota_exceeded` and stays
    /// there, refusing with the limit, the spend and the reset time, until the window frees up);
    /// past the alert threshold, publishes a warning and keeps it visible in the agent's status.
    func checkBudget(_ agent: RegisteredAgent, provider: String) async throws {
        let id = agent.record.id
        let finding: BudgetGuard.Finding
        do {
            finding = try await BudgetGuard(budget: config.budget).check(
                agent: id, name: agent.record.name, manifest: agent.manifest, provider: provider, store: store)
        } catch let error as KernelError {
            if case .quotaExceeded = error, agent.state != .quotaExceeded {
                try await transition(id, to: .quotaExceeded, actor: "budget", reason: error.description)
            }
            throw error
        }
        budgetWarnings[id] = finding.warnings.isEmpty ? nil : finding.warnings
        for warning in finding.warnings {
            self.events.publish(KernelEvent(kind: .budget, agent: id, payload: .object(["warning": .string(warning)])))
        }
        if agent.state == .quotaExceeded {
            try await transition(id, to: .running, actor: "budget", reason: "the budget window freed up")
        }
    }

    /// Appends the turn to the audit chain: the message, then every tool call it executed.
    func audit(_ result: TurnResult, agent: RegisteredAgent, sender: String?) async throws {
        let actor = sender.map { "user:\($0)" } ?? "user"
        try await store.appendAudit(AuditEntry(
            actor: actor, action: "agent.message", subject: "agent:\(agent.record.id)",
            detail: .object(["run": .string(result.runID.description), "iterations": .integer(Int64(result.iterations))])))
        for tool in result.executedTools {
            try await store.appendAudit(AuditEntry(
                actor: "agent:\(agent.record.id)", action: "tool.call", subject: tool.name,
                detail: .object(["run": .string(result.runID.description), "call": .string(tool.id.rawValue)])))
        }
    }

    /// The loop for one agent (its driver chain, permissions and workspace) and its provider.
    func loop(for agent: RegisteredAgent) throws -> (AgentLoop, String) {
        let resolver = ProviderResolver(config: config, environment: environment)
        let builder = DriverChainBuilder(resolver: resolver, factory: DriverFactory(http: http), cooldown: cooldown)
        let chain: (driver: ResilientDriver, primary: ResolvedProvider?, skipped: [ProviderResolutionError])
        do {
            chain = try builder.chain(for: agent.manifest.model, fallbacks: agent.manifest.fallbackModels)
        } catch {
            throw KernelError.noProvider(agent: agent.record.name, reason: error.description)
        }
        let model = chain.primary?.model ?? agent.manifest.model.model
        var configuration = AgentLoop.Configuration(
            agentID: agent.record.id, manifest: agent.manifest, model: model, contextWindow: chain.primary?.catalogEntry?.contextWindow ?? 200_000,
            permissions: agent.permissions, workspace: try? WorkspaceSandbox(root: workspacePath(for: agent.manifest)))
        configuration.agentName = agent.record.name
        let environment = AgentLoop.Environment(driver: chain.driver, tools: tools, memory: store, kernel: KernelHandle(agents: self, tasks: self, events: self, approvals: self))
        return (AgentLoop(environment: environment, configuration: configuration), chain.primary?.providerID ?? agent.manifest.model.provider)
    }
}
