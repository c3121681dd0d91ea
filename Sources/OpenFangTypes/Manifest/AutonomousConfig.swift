/// `[autonomous]`: limits for agents that act on their own.
public struct AutonomousConfig: ConfigSection {
    /// Hours when the agent stays silent (`22:00-07:00`).
    public var quietHours: String?
    /// Loop iterations per run.
    public var maxIterations: Int
    /// Restarts after crashes before giving up.
    public var maxRestarts: Int
    /// Heartbeat period.
    public var heartbeatIntervalSecs: Int
    /// Where heartbeats are reported.
    public var heartbeatChannel: String?

    /// OpenFang's defaults.
    public static let defaults = AutonomousConfig(
        quietHours: nil, maxIterations: 50, maxRestarts: 10, heartbeatIntervalSecs: 30, heartbeatChannel: nil)

    enum CodingKeys: String, CodingKey {
        case quietHours = "quiet_hours"
        case maxIterations = "max_iterations"
        case maxRestarts = "max_restarts"
        case heartbeatIntervalSecs = "heartbeat_interval_secs"
        case heartbeatChannel = "heartbeat_channel"
    }
}

extension AutonomousConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        quietHours = try c.optional(.quietHours)
        maxIterations = try c.decode(.maxIterations, default: d.maxIterations)
        maxRestarts = try c.decode(.maxRestarts, default: d.maxRestarts)
        heartbeatIntervalSecs = try c.decode(.heartbeatIntervalSecs, default: d.heartbeatIntervalSecs)
        heartbeatChannel = try c.optional(.heartbeatChannel)
    }
}
