import OpenFangTypes

/// What a driver sends to a model: one turn's full context.
public struct CompletionRequest: Sendable, Hashable {
    /// Model id as the provider knows it (aliases and `provider/` prefixes already resolved).
    public var model: String
    /// The system prompt.
    public var system: String?
    /// The conversation so far.
    public var messages: [Message]
    /// Tools the model may call.
    public var tools: [ToolDefinition]
    /// Largest reply in tokens.
    public var maxTokens: Int
    /// Sampling temperature (drivers drop it for models that refuse one).
    public var temperature: Double?
    /// Token budget for extended thinking, when the model should think first.
    public var thinkingBudget: Int?
    /// Stop sequences.
    public var stopSequences: [String]

    /// Creates a request.
    public init(
        model: String, system: String? = nil, messages: [Message], tools: [ToolDefinition] = [], maxTokens: Int = 4096,
        temperature: Double? = nil, thinkingBudget: Int? = nil, stopSequences: [String] = []
    ) {
        self.model = model
        self.system = system
        self.messages = messages
        self.tools = tools
        self.maxTokens = maxTokens
        self.temperature = temperature
        self.thinkingBudget = thinkingBudget
        self.stopSequences = stopSequences
    }
}
