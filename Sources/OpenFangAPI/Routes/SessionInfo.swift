import Foundation
import Hummingbird
import OpenFangMemory
import OpenFangTypes

/// A session as the session routes show it (messages only in `GET /api/sessions/{id}`).
struct SessionInfo: ResponseEncodable {
    var sessionID: String
    var agentID: String
    var agentName: String?
    var label: String?
    var canonical: Bool
    var messageCount: Int
    var compactedSummary: String?
    var createdAt: String
    var updatedAt: String
    var messages: [Message]?

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
    init(_ record: SessionRecord, agentName: String?, messages: [Message]? = nil) {
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
