import FoundationEssentials
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// Chat with an agent in the running daemon: the turn streams over
/// `POST /api/agents/{id}/message/stream`; `/new`, `/model` and `/usage` use the agent routes.
struct DaemonChatBackend: ChatBackend {
    let client: DaemonClient
    /// The agent's id.
    let agent: String

    var switchLasts: String { "(saved in the agent's manifest in the daemon)" }

    func describe() async -> (name: String, model: String) {
        let detail = try? await client.get("/api/agents/\(agent)")
        return (detail?["name"]?.stringValue ?? agent, detail?["model"]?.stringValue ?? "unknown model")
    }

    func send(_ text: String, events: @escaping AgentLoop.EventSink) async throws -> ChatReply {
        var reply: ChatReply?
        var failure: String?
        try await client.stream("/api/agents/\(agent)/message/stream", ["message": .string(text), "sender_name": .string("cli")]) { name, data in
            switch name {
            case "chunk": await events(.model(.textDelta(data["content"]?.stringValue ?? "")))
            case "tool_use": await events(.phase(.toolUse(data["tool"]?.stringValue ?? "tool")))
            case "done":
                let usage = TokenUsage(inputTokens: data["usage"]?["input_tokens"]?.intValue ?? 0, outputTokens: data["usage"]?["output_tokens"]?.intValue ?? 0)
                reply = ChatReply(response: data["response"]?.stringValue ?? "", silent: data["silent"] == .bool(true), usage: usage, costUSD: 0)
            case "error": failure = data["error"]?["message"]?.stringValue ?? "the turn failed"
            default: break
            }
        }
        if let failure { throw DaemonClient.Failure(status: 200, message: failure) }
        guard let reply else { throw DaemonClient.Failure(status: 200, message: "the daemon ended the stream without a reply") }
        return reply
    }

    func newSession() async throws { _ = try await client.post("/api/agents/\(agent)/session/reset", [:], timeoutSeconds: 30) }

    func currentModel() async throws -> String { try await client.get("/api/agents/\(agent)")["model"]?.stringValue ?? "unknown model" }

    func switchModel(_ spec: String) async throws -> String {
        try await client.send(method: "PUT", "/api/agents/\(agent)/model", ["model": .string(spec)])["model"]?.stringValue ?? spec
    }

    func usageToday() async throws -> UsageTotals {
        let days = try await client.get("/api/usage/daily?days=1&agent=\(agent)").arrayValue ?? []
        let today = Date().formatted(.iso8601.year().month().day())
        guard let totals = days.first(where: { $0["day"]?.stringValue == today })?["totals"] else { return .zero }
        return try JSONDecoder().decode(UsageTotals.self, from: JSONEncoder().encode(totals))
    }
}
