import Hummingbird
import OpenFangRuntime
import OpenFangTypes

/// The answer to one message (`POST /api/agents/{id}/message`, `openfang message --json`).
public struct AgentMessageReply: Codable, Sendable, ResponseEncodable {
    /// The agent's reply text.
    public var response: String
    /// Whether the agent chose not to reply.
    public var silent: Bool
    /// The agent's id.
    public var agentID: String
    /// The journaled run.
    public var runID: String
    /// Tokens sent to the model.
    public var inputTokens: Int
    /// Tokens the model produced.
    public var outputTokens: Int
    /// Model calls the turn took.
    public var iterations: Int

    enum CodingKeys: String, CodingKey {
        case response, silent, iterations
        case agentID = "agent_id"
        case runID = "run_id"
        case inputTokens = "input_tokens"
        case outputTokens = "output_tokens"
    }

    /// The reply for a finished turn of agent `agentID`.
    public init(_ result: TurnResult, agentID: String) {
        response = result.response
        silent = result.silent
        self.agentID = agentID
        runID = result.runID.description
        inputTokens = result.usage.inputTokens
        outputTokens = result.usage.outputTokens
        iterations = result.iterations
    }
}
