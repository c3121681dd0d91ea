import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct ProviderResolverTests {
    func resolver(_ environment: [String: String] = [:], configure: (inout KernelConfig) -> Void = { _ in }) -> ProviderResolver {
        var config = KernelConfig.defaults
        configure(&config)
        return ProviderResolver(config: config, environment: environment)
    }

    @Test func defaultMeansTheConfiguredDefaultModel() throws {
        let resolved = try resolver(["ANTHROPIC_API_KEY": "k"]).resolve(provider: "default", model: "default")
        #expect(resolved.providerID == "anthropic" && resolved.model == "claude-sonnet-4-20250514" && resolved.apiKey == "k")
        #expect(resolved.baseURL == "https://api.anthropic.com" && resolved.driver == .anthropic)
    }

    @Test func aliasesAndPrefixesResolve() throws {
        let r = resolver(["ANTHROPIC_API_KEY": "k", "GROQ_API_KEY": "g", "GOOGLE_API_KEY": "ggl", "OPENROUTER_API_KEY": "o"])
        #expect(try r.resolve(provider: "anthropic", model: "sonnet").model == "claude-sonnet-4-6")
        #expect(try r.resolve(provider: "groq", model: "groq/llama-3.3-70b-versatile").model == "llama-3.3-70b-versatile")
        #expect(try r.resolve(provider: "openrouter", model: "openrouter/google/gemini-2.5-flash").model == "google/gemini-2.5-flash")
        let google = try r.resolve(provider: "google", model: "flash")
        #expect(google.providerID == "gemini" && google.model == "gemini-2.5-flash" && google.apiKey == "ggl" && google.apiKeyEnv == "GEMINI_API_KEY")
    }

    @Test func aMissingKeyNamesTheVariable() {
        #expect(throws: ProviderResolutionError.missingKey(provider: "groq", variable: "GROQ_API_KEY")) {
            try resolver().resolve(provider: "groq", model: "llama-3.3-70b-versatile")
        }
        #expect(ProviderResolutionError.missingKey(provider: "groq", variable: "GROQ_API_KEY").description.contains("set GROQ_API_KEY"))
    }

    @Test func localServersNeedNoKeyAndHonourTheirURLVariables() throws {
        let ollama = try resolver(["OLLAMA_HOST": "127.0.0.1:11500"]).resolve(provider: "ollama", model: "llama3.2")
        #expect(ollama.apiKey == nil && ollama.baseURL == "http://127.0.0.1:11500" && ollama.driver == .openAICompatible)
        let https = try resolver(["OLLAMA_HOST": "https://127.0.0.1:11500"]).resolve(provider: "ollama", model: "llama3.2")
        #expect(https.baseURL == "https://127.0.0.1:11500")
    }

    @Test func configMappingsWin() throws {
        let r = resolver(["MY_GROQ": "mine", "GROQ_API_KEY": "default"]) { config in
            config.providerAPIKeys = ["groq": "MY_GROQ"]
            config.providerURLs = ["groq": "http://127.0.0.1:9000/v1"]
        }
        let resolved = try r.resolve(provider: "groq", model: "x")
        #expect(resolved.apiKey == "mine" && resolved.baseURL == "http://127.0.0.1:9000/v1")
        let explicit = try r.resolve(provider: "groq", model: "x", apiKeyEnv: "GROQ_API_KEY", baseURL: "http://127.0.0.1:1")
        #expect(explicit.apiKey == "default" && explicit.baseURL == "http://127.0.0.1:1")
    }

    @Test func customAndUnknownProviders() throws {
        let custom = try resolver(["ACME_API_KEY": "a"]).resolve(provider: "acme", model: "m1", baseURL: "http://127.0.0.1:7000")
        #expect(custom.driver == .openAICompatible && custom.apiKey == "a" && custom.apiKeyEnv == "ACME_API_KEY" && custom.catalogEntry == nil)
        #expect(throws: ProviderResolutionError.unknownProvider("antropic", suggestion: "anthropic")) {
            try resolver().resolve(provider: "antropic", model: "x")
        }
    }

    @Test func everyProviderOfTheCatalogBuildsADriverOrSaysWhyNot() async throws {
        let http = ProviderHTTPClient()
        let factory = DriverFactory(http: http)
        var environment: [String: String] = [:]
        for provider in ModelCatalog.builtin.providers { for variable in provider.keyEnvironmentVariables { environment[variable] = "k" } }
        let r = resolver(environment) { $0.providerURLs["azure"] = "https://example.openai.azure.com/openai/deployments" }
        for provider in ModelCatalog.builtin.providers {
            let resolved = try r.resolve(provider: provider.id, model: "some-model")
            switch provider.driver {
            case .anthropic, .gemini, .openAICompatible, .azureOpenAI:
                #expect((try? factory.driver(for: resolved)) != nil, "\(provider.id)")
            default:
                #expect(throws: ProviderResolutionError.self) { try factory.driver(for: resolved) }
            }
        }
        await http.shutdown()
    }
}
