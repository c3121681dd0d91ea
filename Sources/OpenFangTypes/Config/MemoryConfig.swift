/// `[memory]`: the memory substrate.
public struct MemoryConfig: ConfigSection {
    /// Database file (nil = `data/openfang.db`).
    public var sqlitePath: String?
    /// Embedding model.
    public var embeddingModel: String
    /// Fragment count that triggers consolidation.
    public var consolidationThreshold: Int
    /// Confidence decay of unused memories.
    public var decayRate: Double
    /// Embedding provider (nil = auto-detect).
    public var embeddingProvider: String?
    /// Variable holding the embedding key.
    public var embeddingAPIKeyEnv: String?
    /// Hours between consolidations (0 = off).
    public var consolidationIntervalHours: Int
    /// `sqlite` or `http`.
    public var backend: String
    /// Remote memory URL for the `http` backend.
    public var httpURL: String?
    /// Variable holding the remote memory token.
    public var httpTokenEnv: String?

    /// OpenFang's defaults.
    public static let defaults = MemoryConfig(
        sqlitePath: nil, embeddingModel: "all-MiniLM-L6-v2", consolidationThreshold: 10_000, decayRate: 0.1,
        embeddingProvider: nil, embeddingAPIKeyEnv: nil, consolidationIntervalHours: 24, backend: "sqlite",
        httpURL: nil, httpTokenEnv: nil)

    enum CodingKeys: String, CodingKey {
        case backend
        case sqlitePath = "sqlite_path"
        case embeddingModel = "embedding_model"
        case consolidationThreshold = "consolidation_threshold"
        case decayRate = "decay_rate"
        case embeddingProvider = "embedding_provider"
        case embeddingAPIKeyEnv = "embedding_api_key_env"
        case consolidationIntervalHours = "consolidation_interval_hours"
        case httpURL = "http_url"
        case httpTokenEnv = "http_token_env"
    }
}

extension MemoryConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        sqlitePath = try c.optional(.sqlitePath)
        embeddingModel = try c.decode(.embeddingModel, default: d.embeddingModel)
        consolidationThreshold = try c.decode(.consolidationThreshold, default: d.consolidationThreshold)
        decayRate = try c.decode(.decayRate, default: d.decayRate)
        embeddingProvider = try c.optional(.embeddingProvider)
        embeddingAPIKeyEnv = try c.optional(.embeddingAPIKeyEnv)
        consolidationIntervalHours = try c.decode(.consolidationIntervalHours, default: d.consolidationIntervalHours)
        backend = try c.decode(.backend, default: d.backend)
        httpURL = try c.optional(.httpURL)
        httpTokenEnv = try c.optional(.httpTokenEnv)
    }
}
