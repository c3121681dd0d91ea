/// `[model]` of an agent: which model, how long and how creative its replies are, and its system prompt.
public struct ManifestModelConfig: ConfigSection {
    /// Provider id, or `default` for the kernel's default model.
    public var provider: String
    /// Model id or alias (also written `name`), or `default`.
    public var model: String
    /// Largest reply in tokens.
    public var maxTokens: Int
    /// Sampling temperature.
    public var temperature: Double
    /// The agent's instructions.
    public var systemPrompt: String
    /// Variable holding the key (nil = the provider's default).
    public var apiKeyEnv: String?
    /// Base URL override.
    public var baseURL: String?

    /// OpenFang's defaults, except the model: an agent that names none uses `default_model` (OpenFang: claude-sonnet-4).
    public static let defaults = ManifestModelConfig(
        provider: "default", model: "default", maxTokens: 4096, temperature: 0.7,
        systemPrompt: "You are a helpful AI agent.", apiKeyEnv: nil, baseURL: nil)

    enum CodingKeys: String, CodingKey {
        case provider, model, temperature
        case maxTokens = "max_tokens"
        case systemPrompt = "system_prompt"
        case apiKeyEnv = "api_key_env"
        case baseURL = "base_url"
    }
}

extension ManifestModelConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        provider = try c.decode(.provider, default: d.provider)
        let aliases = try decoder.container(keyedBy: AnyCodingKey.self)
        let name = try aliases.decode([AnyCodingKey("name")], default: d.model)
        model = try c.decode(.model, default: name)
        maxTokens = try c.decode(.maxTokens, default: d.maxTokens)
        temperature = try c.decode(.temperature, default: d.temperature)
        systemPrompt = try c.decode(.systemPrompt, default: d.systemPrompt)
        apiKeyEnv = try c.optional(.apiKeyEnv)
        baseURL = try c.optional(.baseURL)
    }
}
