import FoundationEssentials
import OpenFangTypes

/// A scheduled job as stored: which agent gets which prompt, when, and what happened last time.
public struct CronJobRecord: Sendable, Hashable, Codable {
    /// Its id.
    public var id: CronJobID
    /// The agent that receives the prompt.
    public var agentID: AgentID
    /// A short name (unique per agent).
    public var name: String
    /// When it fires, as written (`*/5 * * * *`, `every 5m`, `at 2026-12-01T09:00:00Z`, `daily at 9am`).
    public var schedule: String
    /// The message sent to the agent.
    public var prompt: String
    /// What happens to fire times missed while the daemon was down (`skip`, `once`, `catch_up:N`).
    public var missed: String
    /// Whether it fires.
    public var enabled: Bool
    /// `user` (created by a person or tool) or `manifest` (from the agent's `schedule`).
    public var origin: String
    /// When it was created.
    public var createdAt: Date
    /// Fire times up to this moment have been dealt with (run or dropped by the missed policy).
    public var consideredAt: Date
    /// When it last ran.
    public var lastRunAt: Date?
    /// How many times it ran.
    public var runCount: Int
    /// Failures in a row (5 disable the job).
    public var consecutiveErrors: Int
    /// The last failure.
    public var lastError: String?

    /// Creates a record.
    public init(
        id: CronJobID, agentID: AgentID, name: String, schedule: String, prompt: String, missed: String, enabled: Bool = true, origin: String = "user",
        createdAt: Date, consideredAt: Date? = nil, lastRunAt: Date? = nil, runCount: Int = 0, consecutiveErrors: Int = 0, lastError: String? = nil
    ) {
        self.id = id
        self.agentID = agentID
        self.name = name
        self.schedule = schedule
        self.prompt = prompt
        self.missed = missed
        self.enabled = enabled
        self.origin = origin
        self.createdAt = createdAt
        self.consideredAt = consideredAt ?? createdAt
        self.lastRunAt = lastRunAt
        self.runCount = runCount
        self.consecutiveErrors = consecutiveErrors
        self.lastError = lastError
    }
}
