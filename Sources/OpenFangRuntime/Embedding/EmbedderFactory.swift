import OpenFangMemory
import OpenFangTypes

/// Picks the embedder `[memory]` asks for: `embedding_provider` (or the default model's provider),
/// `embedding_model`, `embedding_api_key_env`; nil when no provider with embeddings is usable.
public struct EmbedderFactory: Sendable {
    let resolver: ProviderResolver
    let http: ProviderHTTPClient

    /// A factory resolving providers with `resolver`.
    public init(resolver: ProviderResolver, http: ProviderHTTPClient) {
        self.resolver = resolver
        self.http = http
    }

    /// The configured embedder, or the reason there is none.
    public func embedder() throws(ProviderResolutionError) -> HTTPEmbedder {
        let memory = resolver.config.memory
        let provider = memory.embeddingProvider ?? resolver.config.defaultModel.provider
        let resolved = try resolver.resolve(provider: provider, model: memory.embeddingModel, apiKeyEnv: memory.embeddingAPIKeyEnv)
        let format: HTTPEmbedder.Format
        switch resolved.driver {
        case .gemini: format = .gemini
        case .openAICompatible, .azureOpenAI: format = resolved.providerID == "ollama" ? .ollama : .openAI
        default: throw .unsupportedDriver(provider: resolved.providerID, driver: "\(resolved.driver.rawValue) embeddings")
        }
        return HTTPEmbedder(format: format, baseURL: resolved.baseURL ?? "", model: memory.embeddingModel, apiKey: resolved.apiKey, http: http)
    }
}
