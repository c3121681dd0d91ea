/// `[heartbeat]`: liveness of autonomous agents.
public struct HeartbeatSettings: ConfigSection {
    /// An agent silent this long is considered hung.
    public var defaultTimeoutSecs: Int

    /// OpenFang's defaults.
    public static let defaults = HeartbeatSettings(defaultTimeoutSecs: 180)

    enum CodingKeys: String, CodingKey {
        case defaultTimeoutSecs = "default_timeout_secs"
    }
}

extension HeartbeatSettings {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        defaultTimeoutSecs = try c.decode(.defaultTimeoutSecs, default: d.defaultTimeoutSecs)
    }
}
