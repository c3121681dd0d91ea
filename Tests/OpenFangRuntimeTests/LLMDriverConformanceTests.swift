import OpenFangTesting
import Testing
@testable import OpenFangRuntime

/// The same scenarios against each driver, over real HTTP.
@Suite(.timeLimit(.minutes(1))) struct LLMDriverConformanceTests {
    func conform(_ wire: any ProviderWire.Type, _ make: @escaping @Sendable (String, ProviderHTTPClient) -> any LLMDriver) async throws {
        let server = try await ScriptedLLMServer.start()
        let http = ProviderHTTPClient(readTimeout: .seconds(5), headTimeout: .seconds(5))
        do {
            try await LLMDriverConformance.run(wire: wire, server: server) { make($0, http) }
        } catch {
            await http.shutdown()
            await server.shutdown()
            throw error
        }
        #expect(server.pendingReplies == 0)
        await http.shutdown()
        await server.shutdown()
    }

    @Test func openAICompatible() async throws {
        try await conform(OpenAIWire.self) { OpenAICompatibleDriver(configuration: .init(provider: "openai", baseURL: $0, apiKey: "k"), http: $1) }
    }

    @Test func anthropic() async throws {
        try await conform(AnthropicWire.self) { AnthropicDriver(baseURL: $0, apiKey: "k", http: $1) }
    }

    @Test func gemini() async throws {
        try await conform(GeminiWire.self) { GeminiDriver(baseURL: $0, apiKey: "k", http: $1) }
    }
}
