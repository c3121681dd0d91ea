/// A model provider: how to reach it and where its key comes from.
public struct ProviderInfo: Sendable, Codable, Hashable {
    /// Canonical provider id as written in `config.toml` (`anthropic`, `ollama`, …).
    public var id: String
    /// Human-readable name.
    public var displayName: String
    /// The driver that speaks this provider's protocol.
    public var driver: DriverKind
    /// Default base URL; `nil` when the user must supply one (Azure, Vertex).
    public var baseURL: String?
    /// Environment variable holding the API key; `nil` when the provider never takes one.
    public var apiKeyEnv: String?
    /// Further variables consulted, in order, when `apiKeyEnv` is unset (e.g. `GOOGLE_API_KEY`).
    public var alternateKeyEnvs: [String]
    /// Whether a request without a key is pointless (false for local servers).
    public var keyRequired: Bool
    /// Other ids that name this provider (`google` → `gemini`).
    public var aliases: [String]

    /// Creates a provider entry.
    public init(
        id: String, displayName: String, driver: DriverKind, baseURL: String?, apiKeyEnv: String?,
        alternateKeyEnvs: [String] = [], keyRequired: Bool = true, aliases: [String] = []
    ) {
        self.id = id
        self.displayName = displayName
        self.driver = driver
        self.baseURL = baseURL
        self.apiKeyEnv = apiKeyEnv
        self.alternateKeyEnvs = alternateKeyEnvs
        self.keyRequired = keyRequired
        self.aliases = aliases
    }

    /// Every variable that may hold this provider's key, in the order they are consulted.
    public var keyEnvironmentVariables: [String] {
        (apiKeyEnv.map { [$0] } ?? []) + alternateKeyEnvs
    }
}
