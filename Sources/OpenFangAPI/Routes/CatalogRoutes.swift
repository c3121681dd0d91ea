import FoundationEssentials
import Hummingbird
import OpenFangKernel
import OpenFangTypes

/// `GET /api/models`, `/api/models/aliases`, `/api/providers`, `/api/config` (secrets redacted).
struct CatalogRoutes: APIRouteGroup {
    let kernel: Kernel

    func register(on routes: APIRoutes) {
        routes.on(.get, "/api/models", summary: "The model catalog (optionally ?provider=)", query: ["provider": "a provider id"], response: "[{id, displayName, provider, tier, contextWindow, …}]", cost: 2) {
            request, _ in
            let provider = request.uri.queryParameters.get("provider")
            return try JSONResponse(ModelCatalog.builtin.models.filter { provider == nil || $0.provider == provider })
        }
        routes.on(.get, "/api/models/aliases", summary: "Model aliases (sonnet, flash, …)", response: "{alias: model id}", cost: 2) { _, _ in
            try JSONResponse(Dictionary(ModelCatalog.builtin.aliases.map { ($0.alias, $0.model.id) }, uniquingKeysWith: { first, _ in first }))
        }
        routes.on(.get, "/api/providers", summary: "Providers, their key variables and whether a key is set", response: "[{id, name, key_env, key_set, base_url}]", cost: 2) {
            _, _ in
            let rows = ModelCatalog.builtin.providers.map { provider -> JSONValue in
                let set = provider.keyEnvironmentVariables.contains { !(kernel.environment[$0] ?? "").isEmpty }
                return .object([
                    "id": .string(provider.id), "name": .string(provider.displayName), "key_env": provider.apiKeyEnv.map(JSONValue.string) ?? .null,
                    "key_required": .bool(provider.keyRequired), "key_set": .bool(set),
                    "base_url": (kernel.config.providerURLs[provider.id] ?? provider.baseURL).map(JSONValue.string) ?? .null,
                ])
            }
            return try JSONResponse(JSONValue.array(rows))
        }
        routes.on(.get, "/api/config", summary: "The effective configuration, secrets redacted", response: "the configuration as JSON", cost: 2) { _, _ in
            try JSONResponse(try ConfigRedaction.json(kernel.config))
        }
    }
}
