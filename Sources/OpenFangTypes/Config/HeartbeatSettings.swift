/// `[heartbeat]`: liveness of autonomous agents.
public struct HeartbeatSettings: ConfigSection {
    /// An agent silent this long is considered hung.
    public var defaultTimeoutSecs: Int

    /// The timeouts accepted: at least a few seconds (0 would call every turn hung), at most a day.
    public static let timeoutRange = 5...86_400

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
        defaultTimeoutSecs = d.defaultTimeoutSecs
        let timeout = try c.decode(.defaultTimeoutSecs, default: d.defaultTimeoutSecs)
        if Self.timeoutRange.contains(timeout) {
            defaultTimeoutSecs = timeout
        } else if let child = try? c.superDecoder(forKey: .defaultTimeoutSecs) {
            _ = child.failure("\(timeout) is out of range: expected \(Self.timeoutRange.lowerBound)…\(Self.timeoutRange.upperBound) seconds")
        }
    }
}
