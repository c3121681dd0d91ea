import FoundationEssentials
import OpenFangTypes

/// An event trigger as stored: when an event matches `pattern`, the agent gets the prompt.
public struct TriggerRecord: Sendable, Hashable, Codable {
    /// Its id.
    public var id: TriggerID
    /// The agent that receives the prompt.
    public var agentID: AgentID
    /// The event pattern, as JSON (OpenFang's snake_case form, e.g. `{"content_match":{"substring":"error"}}`).
    public var pattern: String
    /// The prompt; `{{event}}` is replaced by a description of the event.
    public var promptTemplate: String
    /// Whether it fires.
    public var enabled: Bool
    /// Fires at most this many times (0: no limit).
    public var maxFires: Int
    /// Seconds that must pass between two fires.
    public var cooldownSecs: Int
    /// How many times it fired.
    public var fireCount: Int
    /// When it last fired.
    public var lastFiredAt: Date?
    /// `user` or `manifest` (an agent's proactive conditions).
    public var origin: String
    /// When it was created.
    public var createdAt: Date

    /// Creates a record.
    public init(
        id: TriggerID, agentID: AgentID, pattern: String, promptTemplate: String, enabled: Bool = true, maxFires: Int = 0, cooldownSecs: Int = 0,
        fireCount: Int = 0, lastFiredAt: Date? = nil, origin: String = "user", createdAt: Date
    ) {
        self.id = id
        self.agentID = agentID
        self.pattern = pattern
        self.promptTemplate = promptTemplate
        self.enabled = enabled
        self.maxFires = maxFires
        self.cooldownSecs = cooldownSecs
        self.fireCount = fireCount
        self.lastFiredAt = lastFiredAt
        self.origin = origin
        self.createdAt = createdAt
    }
}
