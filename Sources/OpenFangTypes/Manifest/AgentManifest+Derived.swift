extension AgentManifest {
    /// History kept when `max_history_messages` is unset or 0.
    public static let defaultMaxHistoryMessages = 20

    /// The history limit in force.
    public var effectiveMaxHistoryMessages: Int {
        guard let limit = maxHistoryMessages, limit > 0 else { return Self.defaultMaxHistoryMessages }
        return limit
    }

    /// Whether the agent runs the LLM loop (as opposed to a WASM or Python module).
    public var isLLMAgent: Bool { !module.hasPrefix("wasm:") && !module.hasPrefix("python:") }

    /// Parses and decodes an `agent.toml`; `file` names the source in every issue.
    public static func parse(_ source: String, file: String) -> TOMLValueDecoder.Result<AgentManifest> {
        TOMLValueDecoder.decode(AgentManifest.self, fromTOML: source, file: file)
    }
}
