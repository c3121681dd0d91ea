import FoundationEssentials
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// Chat with an agent run by a kernel in this process.
struct KernelChatBackend: ChatBackend {
    let kernel: Kernel
    /// The agent's id.
    let agent: String

    var switchLasts: String { "until this chat ends" }

    func describe() async -> (name: String, model: String) {
        (await kernel.summary(of: agent)?.name ?? agent, (try? await kernel.currentModel(of: agent)) ?? "unknown model")
    }

    func send(_ text: String, events: @escaping AgentLoop.EventSink) async throws -> ChatReply {
        let result = try await kernel.send(text, to: agent, sender: "cli", events: events)
        let model = (try? await kernel.currentModel(of: agent)) ?? ""
        return ChatReply(response: result.response, silent: result.silent, usage: result.usage, costUSD: CostCalculator().cost(of: result.usage, model: model).usd)
    }

    func newSession() async throws { try await kernel.startNewSession(for: agent) }

    func currentModel() async throws -> String { try await kernel.currentModel(of: agent) }

    func switchModel(_ spec: String) async throws -> String { try await kernel.setModel(spec, for: agent) }

    func usageToday() async throws -> UsageTotals {
        guard let id = AgentID(agent) else { throw KernelError.unknownAgent(agent, known: []) }
        let today = Date().formatted(.iso8601.year().month().day())
        return try await kernel.store.dailyUsage(days: 1, of: id).first { $0.day == today }?.totals ?? .zero
    }
}
