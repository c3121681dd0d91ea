import OpenFangTypes

/// Turns a manifest's or config's provider and model into a concrete endpoint, model id and key,
/// following OpenFang's precedence: explicit settings, then `[provider_urls]`/`[provider_api_keys]`
/// and `[auth_profiles]`, then the catalog, then `{PROVIDER}_API_KEY`.
public struct ProviderResolver: Sendable {
    /// The catalog.
    public var catalog: ModelCatalog
    /// The kernel configuration (default model, provider URLs and keys).
    public var config: KernelConfig
    /// The environment keys are read from.
    public var environment: [String: String]

    /// Creates a resolver.
    public init(catalog: ModelCatalog = .builtin, config: KernelConfig, environment: [String: String]) {
        self.catalog = catalog
        self.config = config
        self.environment = environment
    }

    /// Resolves `provider`/`model` (either may be `default`), with optional explicit overrides.
    public func resolve(
        provider requested: String, model requestedModel: String, apiKeyEnv explicitKeyEnv: String? = nil, baseURL explicitBase: String? = nil
    ) throws(ProviderResolutionError) -> ResolvedProvider {
        let useDefault = requested.isEmpty || requested == "default"
        let name = useDefault ? config.defaultModel.provider : requested
        let modelName = requestedModel.isEmpty || requestedModel == "default" ? config.defaultModel.model : requestedModel
        let keyEnvHint = explicitKeyEnv ?? (useDefault && !config.defaultModel.apiKeyEnv.isEmpty ? config.defaultModel.apiKeyEnv : nil)
        let baseHint = explicitBase ?? (useDefault ? config.defaultModel.baseURL : nil)
        let info = catalog.provider(named: name)
        let id = info?.id ?? name.lowercased()
        let base = baseHint ?? config.providerURLs[id] ?? config.providerURLs[name] ?? localOverride(id) ?? info?.baseURL
        guard info != nil || base != nil else {
            throw .unknownProvider(name, suggestion: KeySuggestion.nearest(to: name, in: catalog.providers.map(\.id)))
        }
        let driver = info?.driver ?? .openAICompatible
        let keyVariables = keyCandidates(id: id, info: info, hint: keyEnvHint)
        let key = keyVariables.lazy.compactMap { self.environment[$0] }.first { !$0.isEmpty }
        // Custom providers (not in the catalog) may be local servers without a key.
        if let info, info.keyRequired, key == nil {
            throw .missingKey(provider: id, variable: keyVariables.first ?? "\(id.uppercased())_API_KEY")
        }
        guard base != nil || [.claudeCode, .qwenCode].contains(driver) else { throw .missingBaseURL(provider: id) }
        let model = stripPrefix(catalog.model(named: modelName).flatMap { $0.provider == id ? $0.id : nil } ?? modelName, provider: id)
        return ResolvedProvider(
            providerID: id, driver: driver, model: model, baseURL: base, apiKeyEnv: keyVariables.first, apiKey: key,
            catalogEntry: catalog.model(named: model) ?? catalog.model(named: modelName))
    }

    /// Variables to look for the key in, first match wins.
    func keyCandidates(id: String, info: ProviderInfo?, hint: String?) -> [String] {
        var names: [String] = []
        if let hint, !hint.isEmpty { names.append(hint) }
        if let mapped = config.providerAPIKeys[id] { names.append(mapped) }
        names += (config.authProfiles[id] ?? []).sorted { $0.priority < $1.priority }.map(\.apiKeyEnv)
        names += info?.keyEnvironmentVariables ?? []
        names.append(String(id.uppercased().map { $0 == "-" || $0 == "." ? "_" : $0 }) + "_API_KEY")
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// Base URL overrides OpenFang reads from the environment for local servers.
    func localOverride(_ id: String) -> String? {
        let variables: [String: [String]] = [
            "ollama": ["OLLAMA_BASE_URL", "OLLAMA_HOST"], "lmstudio": ["LMSTUDIO_BASE_URL"], "vllm": ["VLLM_BASE_URL"],
            "lemonade": ["LEMONADE_BASE_URL"],
        ]
        guard let value = variables[id]?.lazy.compactMap({ self.environment[$0] }).first(where: { !$0.isEmpty }) else { return nil }
        // A scheme is what comes before the first ":" when "//" follows it (`localhost:11434` has none).
        let hasScheme = value.firstIndex(of: ":").map { value[$0...].hasPrefix("://") } ?? false
        return hasScheme ? value : "http://\(value)"
    }

    /// `groq/llama-3.3` → `llama-3.3` when the prefix names this provider.
    func stripPrefix(_ model: String, provider: String) -> String {
        guard let slash = model.firstIndex(of: "/") else { return model }
        let prefix = String(model[..<slash])
        guard catalog.provider(named: prefix)?.id == provider || prefix == provider else { return model }
        return String(model[model.index(after: slash)...])
    }
}
