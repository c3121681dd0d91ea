/// `[default_model]`: the model agents use when their manifest says `default`.
public struct DefaultModelConfig: ConfigSection {
    /// Provider id.
    public var provider: String
    /// Model id or alias.
    public var model: String
    /// Variable holding the key.
    public var apiKeyEnv: String
    /// Base URL override.
    public var baseURL: String?
    /// Timeout for CLI-backed providers.
    public var subprocessTimeoutSecs: Int?

    /// OpenFang's defaults.
    public static let defaults = DefaultModelConfig(
        provider: "anthropic", model: "claude-sonnet-4-20250514", apiKeyEnv: "ANTHROPIC_API_KEY", baseURL: nil,
        subprocessTimeoutSecs: nil)

    enum CodingKeys: String, CodingKey {
        case provider, model
        case apiKeyEnv = "api_key_env"
        case baseURL = "base_url"
        case subprocessTimeoutSecs = "subprocess_timeout_secs"
    }
}

extension DefaultModelConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        provider = try c.decode(.provider, default: d.provider)
        model = try c.decode(.model, default: d.model)
        apiKeyEnv = try c.decode(.apiKeyEnv, default: d.apiKeyEnv)
        baseURL = try c.optional(.baseURL)
        subprocessTimeoutSecs = try c.optional(.subprocessTimeoutSecs)
    }
}
