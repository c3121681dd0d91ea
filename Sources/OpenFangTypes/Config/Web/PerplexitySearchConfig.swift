/// `[web.perplexity]`: Perplexity as a search backend.
public struct PerplexitySearchConfig: ConfigSection {
    /// Variable holding the key.
    public var apiKeyEnv: String
    /// Model used for search answers.
    public var model: String

    /// OpenFang's defaults.
    public static let defaults = PerplexitySearchConfig(apiKeyEnv: "PERPLEXITY_API_KEY", model: "sonar")

    enum CodingKeys: String, CodingKey {
        case model
        case apiKeyEnv = "api_key_env"
    }
}

extension PerplexitySearchConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        apiKeyEnv = try c.decode(.apiKeyEnv, default: d.apiKeyEnv)
        model = try c.decode(.model, default: d.model)
    }
}
