/// One model in the catalog: its limits, prices and abilities.
public struct ModelCatalogEntry: Sendable, Codable, Hashable {
    /// The id sent to the provider (`claude-sonnet-4-20250514`).
    public var id: String
    /// Human-readable name.
    public var displayName: String
    /// Provider id (see ``ProviderInfo/id``).
    public var provider: String
    /// Capability/price tier.
    public var tier: ModelTier
    /// Context window in tokens.
    public var contextWindow: Int
    /// Largest completion the model produces, in tokens.
    public var maxOutputTokens: Int
    /// US dollars per million input tokens.
    public var inputCostPerMillion: Double
    /// US dollars per million output tokens.
    public var outputCostPerMillion: Double
    /// Whether the model accepts tool definitions.
    public var supportsTools: Bool
    /// Whether the model accepts images.
    public var supportsVision: Bool
    /// Whether the provider streams this model's output.
    public var supportsStreaming: Bool
    /// Short names that resolve to this model (`sonnet`, `flash`, …).
    public var aliases: [String]

    /// Creates a catalog entry.
    public init(
        id: String, displayName: String, provider: String, tier: ModelTier, contextWindow: Int,
        maxOutputTokens: Int, inputCostPerMillion: Double, outputCostPerMillion: Double,
        supportsTools: Bool = true, supportsVision: Bool = false, supportsStreaming: Bool = true,
        aliases: [String] = []
    ) {
        self.id = id
        self.displayName = displayName
        self.provider = provider
        self.tier = tier
        self.contextWindow = contextWindow
        self.maxOutputTokens = maxOutputTokens
        self.inputCostPerMillion = inputCostPerMillion
        self.outputCostPerMillion = outputCostPerMillion
        self.supportsTools = supportsTools
        self.supportsVision = supportsVision
        self.supportsStreaming = supportsStreaming
        self.aliases = aliases
    }
}
