import FoundationEssentials
import OpenFangTypes

/// A stored fragment with its bookkeeping.
public struct MemoryFragment: Sendable, Hashable, Codable {
    /// Its id.
    public var id: FragmentID
    /// The agent it belongs to.
    public var agentID: AgentID
    /// The text.
    public var content: String
    /// Where it came from.
    public var source: String
    /// Free-form facts.
    public var metadata: [String: JSONValue]
    /// Current confidence (decays when unused).
    public var confidence: Double
    /// When it was stored.
    public var createdAt: Date
    /// When it was last recalled (or stored).
    public var accessedAt: Date
    /// How often it was recalled.
    public var accessCount: Int
    /// Whether an embedding is stored.
    public var hasEmbedding: Bool
}
