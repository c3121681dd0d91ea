import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite(.timeLimit(.minutes(1))) struct DriverChainTests {
    @Test func manifestFallbacksThenConfigFallbacksFormTheChain() async throws {
        let primary = try await ScriptedLLMServer.start()
        let fallback = try await ScriptedLLMServer.start()
        let http = ProviderHTTPClient(readTimeout: .seconds(5), headTimeout: .seconds(5))
        var config = KernelConfig.defaults
        var local = FallbackProviderConfig.defaults
        local.provider = "ollama"
        local.model = "llama3.2"
        local.baseURL = fallback.baseURL
        config.fallbackProviders = [local]
        let resolver = ProviderResolver(config: config, environment: ["GROQ_API_KEY": "g"])
        let builder = DriverChainBuilder(resolver: resolver, factory: DriverFactory(http: http), cooldown: ProviderCooldown())
        var model = ManifestModelConfig.defaults
        model.provider = "groq"
        model.model = "llama-3.3-70b-versatile"
        model.baseURL = primary.baseURL + "/v1"
        var openAI = FallbackModel.defaults
        openAI.provider = "openai"
        openAI.model = "gpt-4o"
        let chain = try builder.chain(for: model, fallbacks: [openAI])
        #expect(chain.primary?.providerID == "groq")
        #expect(chain.skipped == [.missingKey(provider: "openai", variable: "OPENAI_API_KEY")], "a fallback without a key is reported, not fatal")

        primary.enqueue(OpenAIWire.error(status: 404, message: "model llama-3.3-70b-versatile does not exist", retryAfter: nil))
        fallback.enqueue(OpenAIWire.text("from the local fallback"))
        let response = try await chain.driver.complete(CompletionRequest(model: "ignored", messages: [.user("hi")]))
        #expect(response.text == "from the local fallback")
        #expect((fallback.requests.first?.json as? [String: Any])?["model"] as? String == "llama3.2")
        await http.shutdown()
        await primary.shutdown()
        await fallback.shutdown()
    }

    @Test func azureUsesDeploymentsAndTheAPIKeyHeader() async throws {
        let server = try await ScriptedLLMServer.start()
        let http = ProviderHTTPClient(readTimeout: .seconds(5), headTimeout: .seconds(5))
        let driver = OpenAICompatibleDriver(
            configuration: .init(provider: "azure", baseURL: server.baseURL + "/openai/deployments/", apiKey: "az-key", azure: true), http: http)
        server.enqueue(OpenAIWire.text("ok"))
        _ = try await driver.complete(CompletionRequest(model: "my-gpt4o", messages: [.user("hi")]))
        let sent = try #require(server.requests.first)
        #expect(sent.uri == "/openai/deployments/my-gpt4o/chat/completions?api-version=2024-10-21")
        #expect(sent.headers["api-key"] == "az-key" && sent.headers["authorization"] == nil)
        await http.shutdown()
        await server.shutdown()
    }

    @Test func errorMessagesSayWhatToDo() {
        #expect(LLMError.modelNotFound(model: "llama3.3", detail: "model not found, try pulling it first").description.hasSuffix("run `ollama pull llama3.3`"))
    }

    @Test func geminiAssemblerNeverCrashesOnGarbage() {
        var generator = SystemRandomNumberGenerator()
        var assembler = GeminiAssembler()
        let valid = #"{"candidates":[{"content":{"parts":[{"functionCall":{"name":"x","args":{"a":1}}},{"text":"t"}]},"finishReason":"STOP"}]}"#
        for length in 0...valid.count { _ = try? assembler.consume(String(valid.prefix(length))) }
        for _ in 0..<200 {
            let noise = String((0..<Int.random(in: 0...80, using: &generator)).map { _ in Character(UnicodeScalar(UInt8.random(in: 32...126, using: &generator))) })
            _ = try? assembler.consume(noise)
        }
        #expect(assembler.finish().count == 1)
    }
}
