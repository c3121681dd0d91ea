import FoundationEssentials
import OpenFangTypes

/// A model named at run time, as a manifest's `[model]` would name it: `provider/model`, a
/// catalog model id or alias (its provider taken from the catalog), or `default`.
struct ModelChoice: Sendable, Equatable {
    /// Provider id or alias, or `default`.
    var provider: String
    /// Model id or alias, or `default`.
    var model: String

    /// Reads `spec`; `providers` are the ids `[provider_urls]` adds to the catalog's.
    static func parse(_ spec: String, catalog: ModelCatalog, providers: Set<String>) throws(ModelChoiceError) -> ModelChoice {
        let text = spec.trimmingCharacters(in: " \t")
        guard !text.isEmpty else { throw .empty }
        if text == "default" { return ModelChoice(provider: "default", model: "default") }
        if let slash = text.firstIndex(of: "/") {
            let prefix = String(text[..<slash])
            let rest = String(text[text.index(after: slash)...])
            if catalog.provider(named: prefix) != nil || providers.contains(prefix) {
                guard !rest.isEmpty else { throw .missingModel(provider: prefix) }
                return ModelChoice(provider: prefix, model: rest)
            }
            // Some catalog ids contain a slash themselves (`azure/gpt-4o-mini`).
            if let entry = catalog.model(named: text) { return ModelChoice(provider: entry.provider, model: entry.id) }
            throw .unknownProvider(prefix, suggestion: KeySuggestion.nearest(to: prefix, in: catalog.providers.map(\.id) + providers))
        }
        guard let entry = catalog.model(named: text) else {
            let names = catalog.models.map(\.id) + catalog.aliases.map(\.alias)
            throw .unknownModel(text, suggestion: KeySuggestion.nearest(to: text, in: names))
        }
        return ModelChoice(provider: entry.provider, model: entry.id)
    }
}
