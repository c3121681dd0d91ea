import OpenFangTesting
import Testing
@testable import OpenFangRuntime

/// The same scenarios against each driver, over real HTTP.
@Suite(.timeLimit(.minutes(1))) struct LLMDriverConformanceTests {
    func conform(_ wire: any ProviderWire.Type, _ make: @escaping @Sendable (String, ProviderHTTPClient) -> any LLMDriver) async throws {
        try await DriverHarness.run { server, http in
            try await LLMDriverConformance.run(wire: wire, server: server) { make($0, http) }
            #expect(server.pendingReplies == 0)
        }
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
