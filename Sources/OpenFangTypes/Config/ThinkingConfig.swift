/// `[thinking]`: extended thinking for models that support it.
public struct ThinkingConfig: ConfigSection {
    /// Token budget for reasoning.
    public var budgetTokens: Int
    /// Stream reasoning to clients.
    public var streamThinking: Bool

    /// OpenFang's defaults.
    public static let defaults = ThinkingConfig(budgetTokens: 10_000, streamThinking: false)

    enum CodingKeys: String, CodingKey {
        case budgetTokens = "budget_tokens"
        case streamThinking = "stream_thinking"
    }
}

extension ThinkingConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        budgetTokens = try c.decode(.budgetTokens, default: d.budgetTokens)
        streamThinking = try c.decode(.streamThinking, default: d.streamThinking)
    }
}
