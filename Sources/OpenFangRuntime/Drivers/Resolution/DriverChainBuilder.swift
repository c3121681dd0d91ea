import OpenFangTypes

/// Builds the driver an agent talks to: its own model first, then the manifest's
/// `fallback_models`, then the config's `[[fallback_providers]]`, behind retries and cooldowns.
/// Links whose provider cannot be resolved (no key, unknown) are left out and reported.
public struct DriverChainBuilder: Sendable {
    let resolver: ProviderResolver
    let factory: DriverFactory
    let cooldown: ProviderCooldown
    let policy: RetryPolicy

    /// Creates a builder.
    public init(resolver: ProviderResolver, factory: DriverFactory, cooldown: ProviderCooldown, policy: RetryPolicy = .standard) {
        self.resolver = resolver
        self.factory = factory
        self.cooldown = cooldown
        self.policy = policy
    }

    /// The chain for an agent's `[model]` and fallbacks, with the problems of links left out.
    /// Throws the primary's problem when no link at all is usable.
    public func chain(for model: ManifestModelConfig, fallbacks: [FallbackModel]) throws(ProviderResolutionError)
        -> (driver: ResilientDriver, primary: ResolvedProvider?, skipped: [ProviderResolutionError])
    {
        var candidates: [(provider: String, model: String, keyEnv: String?, base: String?)] = [
            (model.provider, model.model, model.apiKeyEnv, model.baseURL)
        ]
        candidates += fallbacks.map { ($0.provider, $0.model, $0.apiKeyEnv, $0.baseURL) }
        candidates += resolver.config.fallbackProviders.map {
            ($0.provider, $0.model, $0.apiKeyEnv.isEmpty ? nil : $0.apiKeyEnv, $0.baseURL)
        }
        var links: [ResilientDriver.Link] = []
        var skipped: [ProviderResolutionError] = []
        var primary: ResolvedProvider?
        for (index, candidate) in candidates.enumerated() {
            do {
                let resolved = try resolver.resolve(provider: candidate.provider, model: candidate.model, apiKeyEnv: candidate.keyEnv, baseURL: candidate.base)
                links.append(.init(provider: resolved.providerID, model: resolved.model, driver: try factory.driver(for: resolved)))
                if index == 0 { primary = resolved }
            } catch {
                skipped.append(error)
            }
        }
        guard !links.isEmpty else { throw skipped.first ?? .unknownProvider(model.provider, suggestion: nil) }
        return (ResilientDriver(links: links, policy: policy, cooldown: cooldown), primary, skipped)
    }
}
