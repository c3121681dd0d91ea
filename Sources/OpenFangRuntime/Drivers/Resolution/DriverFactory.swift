import OpenFangTypes

/// Builds the driver for a resolved provider, all sharing one HTTP client.
public struct DriverFactory: Sendable {
    let http: ProviderHTTPClient

    /// A factory sending through `http`.
    public init(http: ProviderHTTPClient) {
        self.http = http
    }

    /// The driver for `provider`.
    public func driver(for provider: ResolvedProvider) throws(ProviderResolutionError) -> any LLMDriver {
        let base = provider.baseURL ?? ""
        switch provider.driver {
        case .anthropic:
            return AnthropicDriver(baseURL: base, apiKey: provider.apiKey, http: http)
        case .gemini:
            return GeminiDriver(baseURL: base, apiKey: provider.apiKey, http: http)
        case .openAICompatible:
            return OpenAICompatibleDriver(configuration: .init(provider: provider.providerID, baseURL: base, apiKey: provider.apiKey), http: http)
        case .azureOpenAI:
            return OpenAICompatibleDriver(
                configuration: .init(provider: provider.providerID, baseURL: base, apiKey: provider.apiKey, azure: true), http: http)
        case .vertex, .bedrock, .copilot, .claudeCode, .qwenCode:
            throw .unsupportedDriver(provider: provider.providerID, driver: provider.driver.rawValue)
        }
    }
}
