import FoundationEssentials
import Hummingbird
import OpenFangMemory
import OpenFangTypes

/// A session as the session routes (and `openfang sessions --json`) show it; messages only in
/// `GET /api/sessions/{id}`.
public struct SessionInfo: ResponseEncodable, Codable, Sendable {
    /// Its id.
    public var sessionID: String
    /// The agent it belongs to.
    public var agentID: String
    /// That agent's name (nil when the agent is gone).
    public var agentName: String?
    /// Its label, if any.
    public var label: String?
    /// Whether it is the agent's current session.
    public var canonical: Bool
    /// How many messages it holds.
    public var messageCount: Int
    /// The summary of compacted older messages.
    public var compactedSummary: String?
    /// When it was created (ISO 8601).
    public var createdAt: String
    /// When it last changed (ISO 8601).
    public var updatedAt: String
    /// Its messages (only for one session).
    public var messages: [Message]?

    enum CodingKeys: String, CodingKey {
        case label, canonical, messages
        case sessionID = "session_id"
        case agentID = "agent_id"
        case agentName = "agent_name"
        case messageCount = "message_count"
        case compactedSummary = "compacted_summary"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// The info of `record`, owned by the agent called `agentName`.
    public init(_ record: SessionRecord, agentName: String?, messages: [Message]? = nil) {
        sessionID = record.id.description
        agentID = record.agentID.description
        self.agentName = agentName
        label = record.label
        canonical = record.isCanonical
        messageCount = messages?.count ?? record.messageCount
        compactedSummary = record.compactedSummary
        createdAt = record.createdAt.formatted(.iso8601)
        updatedAt = record.updatedAt.formatted(.iso8601)
        self.messages = messages
    }
}
