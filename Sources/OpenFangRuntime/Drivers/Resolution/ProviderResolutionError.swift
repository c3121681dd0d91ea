/// Why a provider/model pair cannot be turned into a driver, with what to set.
public enum ProviderResolutionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Neither the catalog nor the config knows the provider, and no base URL was given.
    case unknownProvider(String, suggestion: String?)
    /// The provider needs a key and its variable is unset.
    case missingKey(provider: String, variable: String)
    /// The provider needs a base URL (Azure, custom providers).
    case missingBaseURL(provider: String)
    /// The provider's driver is not available in this build.
    case unsupportedDriver(provider: String, driver: String)

    /// What happened and what to set.
    public var description: String {
        switch self {
        case .unknownProvider(let name, let suggestion):
            "unknown provider \"\(name)\"" + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? "")
                + "; give it a base_url (OpenAI-compatible) or pick one from `openfang models providers`"
        case .missingKey(let provider, let variable):
            "\(provider) needs an API key: set \(variable) (in the environment or ~/.openfang/.env), or use a local model server instead: provider = \"ollama\" (Ollama, OLLAMA_HOST), \"vllm\" (vLLM) or \"lmstudio\" (LM Studio), with provider_urls.<name> in config.toml if it is not on its default port"
        case .missingBaseURL(let provider):
            "\(provider) needs a base_url: set it in [default_model], the agent's [model], or [provider_urls]"
        case .unsupportedDriver(let provider, let driver):
            "\(provider) uses the \(driver) driver, which this build does not include yet; use an OpenAI-compatible, Anthropic or Gemini provider"
        }
    }
}
