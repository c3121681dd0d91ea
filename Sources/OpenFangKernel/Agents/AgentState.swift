/// Where an agent is in its life (OpenFang's states).
public enum AgentState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Registered, not yet started.
    case created
    /// Accepts messages.
    case running
    /// Paused; messages are refused until it is resumed.
    case suspended
    /// Stopped for good.
    case terminated
    /// Failed; the supervisor may restart it.
    case crashed
    /// Over a budget limit: messages are refused (naming the limit, the spend and the reset
    /// time) until the window frees up.
    case quotaExceeded = "quota_exceeded"
}
