/// `[[fallback_models]]`: a model tried when the primary one is unavailable.
public struct FallbackModel: ConfigSection {
    /// Provider id.
    public var provider: String
    /// Model id.
    public var model: String
    /// Variable holding the key.
    public var apiKeyEnv: String?
    /// Base URL override.
    public var baseURL: String?

    /// OpenFang's defaults.
    public static let defaults = FallbackModel(provider: "", model: "", apiKeyEnv: nil, baseURL: nil)

    enum CodingKeys: String, CodingKey {
        case provider, model
        case apiKeyEnv = "api_key_env"
        case baseURL = "base_url"
    }
}

extension FallbackModel {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        provider = try c.required(.provider, placeholder: "")
        model = try c.required(.model, placeholder: "")
        apiKeyEnv = try c.optional(.apiKeyEnv)
        baseURL = try c.optional(.baseURL)
    }
}
