import OpenFangMemory
import OpenFangRuntime

/// Where `openfang chat` sends its messages: an agent run in this process, or the running daemon.
protocol ChatBackend: Sendable {
    /// The agent's name and the `provider/model` its turns go to.
    func describe() async -> (name: String, model: String)
    /// Sends one message; `events` sees the turn as it streams.
    func send(_ text: String, events: @escaping AgentLoop.EventSink) async throws -> ChatReply
    /// Starts a fresh session for the agent.
    func newSession() async throws
    /// The `provider/model` in force.
    func currentModel() async throws -> String
    /// Switches the model; returns the `provider/model` now in force.
    func switchModel(_ spec: String) async throws -> String
    /// How long a switch lasts, for the message after `/model`.
    var switchLasts: String { get }
    /// The agent's usage today (UTC).
    func usageToday() async throws -> UsageTotals
}
