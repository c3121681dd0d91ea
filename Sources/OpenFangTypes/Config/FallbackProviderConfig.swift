/// `[[fallback_providers]]`: a provider tried when the primary fails for good.
public struct FallbackProviderConfig: ConfigSection {
    /// Provider id.
    public var provider: String
    /// Model id.
    public var model: String
    /// Variable holding the key (empty = the provider's default).
    public var apiKeyEnv: String
    /// Base URL override.
    public var baseURL: String?
    /// Timeout for CLI-backed providers.
    public var subprocessTimeoutSecs: Int?

    /// OpenFang's defaults.
    public static let defaults = FallbackProviderConfig(
        provider: "", model: "", apiKeyEnv: "", baseURL: nil, subprocessTimeoutSecs: nil)

    enum CodingKeys: String, CodingKey {
        case provider, model
        case apiKeyEnv = "api_key_env"
        case baseURL = "base_url"
        case subprocessTimeoutSecs = "subprocess_timeout_secs"
    }
}

extension FallbackProviderConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        provider = try c.required(.provider, placeholder: "")
        model = try c.required(.model, placeholder: "")
        apiKeyEnv = try c.decode(.apiKeyEnv, default: d.apiKeyEnv)
        baseURL = try c.optional(.baseURL)
        subprocessTimeoutSecs = try c.optional(.subprocessTimeoutSecs)
    }
}
