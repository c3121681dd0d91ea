import FoundationEssentials
import OpenFangTypes

/// A journaled run (one turn of an agent).
public struct RunRecord: Sendable, Hashable, Codable {
    /// Its id.
    public var id: RunID
    /// The agent.
    public var agentID: AgentID
    /// The session it worked on.
    public var sessionID: SessionID?
    /// Where it stands.
    public var status: RunStatus
    /// When it started.
    public var startedAt: Date
    /// When it ended.
    public var endedAt: Date?
    /// Why it failed or was interrupted.
    public var error: String?
    /// Token attribution recorded at the end (system prompt, tools, history, memory, tool results).
    public var attribution: JSONValue?
}
