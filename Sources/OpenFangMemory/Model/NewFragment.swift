import OpenFangTypes

/// A fragment to store: what an agent learned, where it came from, and optionally its embedding.
public struct NewFragment: Sendable, Hashable {
    /// The agent it belongs to.
    public var agentID: AgentID
    /// The text.
    public var content: String
    /// Where it came from (`conversation`, `document`, `tool:web_fetch`, …).
    public var source: String
    /// Free-form facts about it.
    public var metadata: [String: JSONValue]
    /// How sure the agent is (0…1).
    public var confidence: Double
    /// The embedding, if the caller has one (stored with the fragment).
    public var embedding: [Float]?

    /// Creates a fragment.
    public init(
        agentID: AgentID, content: String, source: String = "conversation", metadata: [String: JSONValue] = [:],
        confidence: Double = 1.0, embedding: [Float]? = nil
    ) {
        self.agentID = agentID
        self.content = content
        self.source = source
        self.metadata = metadata
        self.confidence = confidence
        self.embedding = embedding
    }
}
