/// Which wire protocol (and so which driver) a provider speaks.
public enum DriverKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// Anthropic Messages API.
    case anthropic
    /// Google Gemini `generateContent`.
    case gemini
    /// OpenAI chat completions and every server that copies it.
    case openAICompatible = "openai"
    /// Azure OpenAI: deployments in the path, `api-key` header.
    case azureOpenAI = "azure"
    /// Google Vertex AI (Gemini models behind Google Cloud auth).
    case vertex
    /// AWS Bedrock Converse API.
    case bedrock
    /// GitHub Copilot: OAuth device flow, then OpenAI-compatible.
    case copilot
    /// The `claude` CLI spawned as a subprocess.
    case claudeCode = "claude-code"
    /// The Qwen Code CLI spawned as a subprocess.
    case qwenCode = "qwen-code"
}
