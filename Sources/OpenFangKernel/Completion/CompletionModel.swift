import FoundationEssentials
import OpenFangTypes

/// An agent offered as a model by the OpenAI-compatible API.
public struct CompletionModel: Sendable, Hashable {
    /// The agent's id.
    public var id: AgentID
    /// The agent's name (the model id clients send).
    public var name: String
    /// When the agent was registered.
    public var created: Date
}
