import FoundationEssentials
import OpenFangTypes

/// A session's header: who it belongs to and how big it is.
public struct SessionRecord: Sendable, Hashable, Codable {
    /// Its id.
    public var id: SessionID
    /// The agent.
    public var agentID: AgentID
    /// A human label.
    public var label: String?
    /// Whether it is the agent's one canonical cross-channel session.
    public var isCanonical: Bool
    /// Summary of compacted history (canonical sessions).
    public var compactedSummary: String?
    /// Messages stored.
    public var messageCount: Int
    /// When it was created.
    public var createdAt: Date
    /// When it last changed.
    public var updatedAt: Date
}
