/// `[webhook_triggers]`: `/hooks/wake` and `/hooks/agent` endpoints.
public struct WebhookTriggersConfig: ConfigSection {
    /// Whether the endpoints are served.
    public var enabled: Bool
    /// Variable holding the bearer token (≥ 32 characters).
    public var tokenEnv: String
    /// Largest accepted body.
    public var maxPayloadBytes: Int
    /// Requests per minute.
    public var rateLimitPerMinute: Int

    /// OpenFang's defaults.
    public static let defaults = WebhookTriggersConfig(
        enabled: false, tokenEnv: "OPENFANG_WEBHOOK_TOKEN", maxPayloadBytes: 65536, rateLimitPerMinute: 30)

    enum CodingKeys: String, CodingKey {
        case enabled
        case tokenEnv = "token_env"
        case maxPayloadBytes = "max_payload_bytes"
        case rateLimitPerMinute = "rate_limit_per_minute"
    }
}

extension WebhookTriggersConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        enabled = try c.decode(.enabled, default: d.enabled)
        tokenEnv = try c.decode(.tokenEnv, default: d.tokenEnv)
        maxPayloadBytes = try c.decode(.maxPayloadBytes, default: d.maxPayloadBytes)
        rateLimitPerMinute = try c.decode(.rateLimitPerMinute, default: d.rateLimitPerMinute)
    }
}
