/// Providers and models with alias resolution; the built-in catalog plus anything added later.
public struct ModelCatalog: Sendable {
    /// Every provider.
    public private(set) var providers: [ProviderInfo]
    /// Every model.
    public private(set) var models: [ModelCatalogEntry]
    private var providerIndex: [String: Int] = [:]
    private var modelIndex: [String: Int] = [:]
    private var aliasIndex: [String: Int] = [:]

    /// The catalog OpenFang ships with.
    public static let builtin = ModelCatalog(providers: ProviderInfo.builtin, models: ModelCatalogEntry.builtin)

    /// A catalog of the given providers and models.
    public init(providers: [ProviderInfo], models: [ModelCatalogEntry]) {
        self.providers = providers
        self.models = models
        for (index, provider) in providers.enumerated() {
            for name in [provider.id] + provider.aliases { providerIndex[name.lowercased()] = index }
        }
        for (index, model) in models.enumerated() {
            if modelIndex[model.id.lowercased()] == nil { modelIndex[model.id.lowercased()] = index }
            for alias in model.aliases { aliasIndex[alias.lowercased()] = index }
        }
    }

    /// The provider with this id or alias (`google` → gemini).
    public func provider(named name: String) -> ProviderInfo? {
        providerIndex[name.lowercased()].map { providers[$0] }
    }

    /// The model with this id or alias; a `provider/` prefix naming a known provider is ignored.
    public func model(named name: String) -> ModelCatalogEntry? {
        let key = name.lowercased()
        if let index = modelIndex[key] ?? aliasIndex[key] { return models[index] }
        if let slash = key.firstIndex(of: "/"), provider(named: String(key[..<slash])) != nil {
            return model(named: String(key[key.index(after: slash)...]))
        }
        return nil
    }

    /// The models of one provider (by id or alias).
    public func models(of provider: String) -> [ModelCatalogEntry] {
        guard let id = self.provider(named: provider)?.id else { return [] }
        return models.filter { $0.provider == id }
    }

    /// Every alias with the model it names, sorted by alias.
    public var aliases: [(alias: String, model: ModelCatalogEntry)] {
        models.flatMap { model in model.aliases.map { ($0, model) } }.sorted { $0.alias < $1.alias }
    }
}
