import FoundationEssentials
import OpenFangTypes

/// One completed turn's consumption.
public struct UsageRecord: Sendable, Hashable, Codable {
    /// The agent.
    public var agentID: AgentID
    /// Provider id.
    public var provider: String
    /// Model id.
    public var model: String
    /// Prompt tokens.
    public var inputTokens: Int
    /// Completion tokens.
    public var outputTokens: Int
    /// Cost in US dollars.
    public var costUSD: Double
    /// Tool calls made in the turn.
    public var toolCalls: Int
    /// When the turn ended.
    public var at: Date

    /// Creates a record.
    public init(
        agentID: AgentID, provider: String, model: String, inputTokens: Int, outputTokens: Int, costUSD: Double,
        toolCalls: Int, at: Date
    ) {
        self.agentID = agentID
        self.provider = provider
        self.model = model
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.costUSD = costUSD
        self.toolCalls = toolCalls
        self.at = at
    }
}
