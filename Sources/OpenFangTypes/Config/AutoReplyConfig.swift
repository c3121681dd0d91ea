/// `[auto_reply]`: automatic replies on channels.
public struct AutoReplyConfig: ConfigSection {
    /// Whether auto-reply is on.
    public var enabled: Bool
    /// Concurrent auto-replies.
    public var maxConcurrent: Int
    /// Per-reply timeout.
    public var timeoutSecs: Int
    /// Messages that pause auto-reply.
    public var suppressPatterns: [String]

    /// OpenFang's defaults.
    public static let defaults = AutoReplyConfig(
        enabled: false, maxConcurrent: 3, timeoutSecs: 120, suppressPatterns: ["/stop", "/pause"])

    enum CodingKeys: String, CodingKey {
        case enabled
        case maxConcurrent = "max_concurrent"
        case timeoutSecs = "timeout_secs"
        case suppressPatterns = "suppress_patterns"
    }
}

extension AutoReplyConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        enabled = try c.decode(.enabled, default: d.enabled)
        maxConcurrent = try c.decode(.maxConcurrent, default: d.maxConcurrent)
        timeoutSecs = try c.decode(.timeoutSecs, default: d.timeoutSecs)
        suppressPatterns = try c.decode(.suppressPatterns, default: d.suppressPatterns)
    }
}
