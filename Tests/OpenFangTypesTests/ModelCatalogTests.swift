import Testing
@testable import OpenFangTypes

@Suite struct ModelCatalogTests {
    let catalog = ModelCatalog.builtin

    /// Every provider named in OpenFang's driver map, with the driver it must resolve to.
    @Test(arguments: [
        ("anthropic", DriverKind.anthropic), ("gemini", .gemini), ("google", .gemini), ("vertex-ai", .vertex),
        ("vertex", .vertex), ("bedrock", .bedrock), ("github-copilot", .copilot), ("copilot", .copilot),
        ("claude-code", .claudeCode), ("qwen-code", .qwenCode), ("codex", .openAICompatible), ("azure", .azureOpenAI),
        ("azure-openai", .azureOpenAI), ("kimi_coding", .anthropic), ("groq", .openAICompatible), ("openrouter", .openAICompatible),
        ("requesty", .openAICompatible), ("deepseek", .openAICompatible), ("together", .openAICompatible),
        ("mistral", .openAICompatible), ("fireworks", .openAICompatible), ("openai", .openAICompatible),
        ("ollama", .openAICompatible), ("vllm", .openAICompatible), ("lmstudio", .openAICompatible),
        ("lemonade", .openAICompatible), ("perplexity", .openAICompatible), ("cohere", .openAICompatible),
        ("ai21", .openAICompatible), ("cerebras", .openAICompatible), ("sambanova", .openAICompatible),
        ("huggingface", .openAICompatible), ("xai", .openAICompatible), ("replicate", .openAICompatible),
        ("moonshot", .openAICompatible), ("kimi", .openAICompatible), ("qwen", .openAICompatible), ("dashscope", .openAICompatible),
        ("minimax", .openAICompatible), ("zhipu", .openAICompatible), ("glm", .openAICompatible), ("zhipu_coding", .openAICompatible),
        ("zai", .openAICompatible), ("zai_coding", .openAICompatible), ("qianfan", .openAICompatible), ("baidu", .openAICompatible),
        ("volcengine", .openAICompatible), ("doubao", .openAICompatible), ("volcengine_coding", .openAICompatible),
        ("chutes", .openAICompatible), ("venice", .openAICompatible), ("nvidia", .openAICompatible), ("nvidia-nim", .openAICompatible),
        ("novita", .openAICompatible),
    ])
    func everyProviderOfTheDriverMapResolves(name: String, driver: DriverKind) throws {
        let provider = try #require(catalog.provider(named: name))
        #expect(provider.driver == driver)
    }

    @Test func localProvidersNeedNoKey() {
        for name in ["ollama", "vllm", "lmstudio", "lemonade"] {
            #expect(catalog.provider(named: name)?.keyRequired == false)
        }
        #expect(catalog.provider(named: "ollama")?.baseURL == "http://localhost:11434/v1")
        #expect(catalog.provider(named: "gemini")?.keyEnvironmentVariables == ["GEMINI_API_KEY", "GOOGLE_API_KEY"])
    }

    @Test(arguments: ["anthropic", "openai", "gemini", "groq", "deepseek", "openrouter", "mistral", "xai", "ollama"])
    func mainProvidersHaveModelsWithLimitsAndPrices(provider: String) {
        let models = catalog.models(of: provider)
        #expect(!models.isEmpty)
        for model in models {
            #expect(model.contextWindow > 0 && model.maxOutputTokens > 0, "\(model.id)")
            #expect(model.inputCostPerMillion >= 0 && model.outputCostPerMillion >= 0, "\(model.id)")
        }
    }

    @Test(arguments: [
        ("sonnet", "claude-sonnet-4-6"), ("opus", "claude-opus-4-6"), ("haiku", "claude-haiku-4-5-20251001"),
        ("gpt5", "gpt-5.2"), ("flash", "gemini-2.5-flash"), ("grok", "grok-4-0709"), ("deepseek-r1", "deepseek-reasoner"),
    ])
    func aliasesResolve(alias: String, id: String) {
        #expect(catalog.model(named: alias)?.id == id)
    }

    @Test func aliasesAreUniqueAndProviderPrefixesAreStripped() {
        let aliases = catalog.models.flatMap(\.aliases).map { $0.lowercased() }
        #expect(Set(aliases).count == aliases.count)
        #expect(catalog.model(named: "anthropic/claude-sonnet-4-6")?.id == "claude-sonnet-4-6")
        #expect(catalog.models.allSatisfy { catalog.provider(named: $0.provider) != nil })
    }
}
