/// A partial change to an agent (`PATCH /api/agents/{id}`): the fields set are changed, the
/// others kept.
public struct AgentUpdate: Sendable, Equatable {
    /// A new unique name.
    public var name: String?
    /// A new description.
    public var description: String?
    /// A new system prompt (`[model] system_prompt`).
    public var systemPrompt: String?
    /// A new model, as `Kernel.setModel` takes it.
    public var model: String?

    /// Creates an update.
    public init(name: String? = nil, description: String? = nil, systemPrompt: String? = nil, model: String? = nil) {
        (self.name, self.description, self.systemPrompt, self.model) = (name, description, systemPrompt, model)
    }

    /// Whether it changes nothing.
    public var isEmpty: Bool { name == nil && description == nil && systemPrompt == nil && model == nil }
}
