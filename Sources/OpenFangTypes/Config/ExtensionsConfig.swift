/// `[extensions]`: MCP integration health and reconnects.
public struct ExtensionsConfig: ConfigSection {
    /// Reconnect dropped servers.
    public var autoReconnect: Bool
    /// Attempts before giving up.
    public var reconnectMaxAttempts: Int
    /// Longest wait between attempts.
    public var reconnectMaxBackoffSecs: Int
    /// Health check period.
    public var healthCheckIntervalSecs: Int

    /// OpenFang's defaults.
    public static let defaults = ExtensionsConfig(
        autoReconnect: true, reconnectMaxAttempts: 10, reconnectMaxBackoffSecs: 300, healthCheckIntervalSecs: 60)

    enum CodingKeys: String, CodingKey {
        case autoReconnect = "auto_reconnect"
        case reconnectMaxAttempts = "reconnect_max_attempts"
        case reconnectMaxBackoffSecs = "reconnect_max_backoff_secs"
        case healthCheckIntervalSecs = "health_check_interval_secs"
    }
}

extension ExtensionsConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        autoReconnect = try c.decode(.autoReconnect, default: d.autoReconnect)
        reconnectMaxAttempts = try c.decode(.reconnectMaxAttempts, default: d.reconnectMaxAttempts)
        reconnectMaxBackoffSecs = try c.decode(.reconnectMaxBackoffSecs, default: d.reconnectMaxBackoffSecs)
        healthCheckIntervalSecs = try c.decode(.healthCheckIntervalSecs, default: d.healthCheckIntervalSecs)
    }
}
