import Foundation
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

extension Kernel {
    /// Sends `text` to an agent and returns its turn; messages to one agent run one at a time, in
    /// order. With `events`, the model is streamed and progress reported.
    public func send(_ text: String, to nameOrID: String, sender: String? = nil, depth: Int = 0, events: AgentLoop.EventSink? = nil) async throws -> TurnResult {
        guard let agent = find(nameOrID) else { throw unknown(nameOrID) }
        guard agent.state == .running || agent.state == .created else { throw KernelError.notRunning(agent.record.name, agent.state) }
        let finding = try await BudgetGuard(budget: config.budget).check(agent: agent.record.id, name: agent.record.name, manifest: agent.manifest, store: store)
        for warning in finding.warnings {
            self.events.publish(KernelEvent(kind: .budget, agent: agent.record.id, payload: .object(["warning": .string(warning)])))
        }
        let (loop, provider) = try loop(for: agent)
        let session = try await store.canonicalSession(for: agent.record.id).id
        let result = try await mailbox(for: agent.record.id).run {
            try await loop.run(UserTurn(text, sender: sender, depth: depth), session: session, events: events)
        }
        let model = loop.configuration.model
        let cost = CostCalculator().cost(of: result.usage, model: model)
        try await store.recordUsage(UsageRecord(
            agentID: agent.record.id, provider: provider, model: model, inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens,
            costUSD: cost.usd, toolCalls: result.toolCalls, at: Date()))
        try await audit(result, agent: agent, sender: sender)
        self.events.publish(KernelEvent(
            kind: .agentMessage, agent: agent.record.id,
            payload: .object(["run": .string(result.runID.description), "silent": .bool(result.silent), "tool_calls": .integer(Int64(result.toolCalls))])))
        return result
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
