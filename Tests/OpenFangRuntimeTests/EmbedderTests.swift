import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite(.timeLimit(.minutes(1))) struct EmbedderTests {
    @Test(arguments: HTTPEmbedder.Format.allCases)
    func eachFormatEmbedsOverRealHTTP(format: HTTPEmbedder.Format) async throws {
        let server = try await ScriptedLLMServer.start()
        let http = ProviderHTTPClient(readTimeout: .seconds(5), headTimeout: .seconds(5))
        let reply: String
        let path: String
        switch format {
        case .openAI:
            reply = #"{"object":"list","data":[{"object":"embedding","index":1,"embedding":[0.5,1]},{"object":"embedding","index":0,"embedding":[1,0.25]}],"model":"m"}"#
            path = "/v1/embeddings"
        case .gemini:
            reply = #"{"embeddings":[{"values":[1,0.25]},{"values":[0.5,1]}]}"#
            path = "/v1beta/models/text-embedding-004:batchEmbedContents"
        case .ollama:
            reply = #"{"model":"m","embeddings":[[1,0.25],[0.5,1]]}"#
            path = "/api/embed"
        }
        server.enqueue(.json(reply))
        let model = format == .gemini ? "text-embedding-004" : "nomic-embed-text"
        let embedder = HTTPEmbedder(format: format, baseURL: server.baseURL + (format == .ollama ? "/v1" : ""), model: model, apiKey: "k", http: http)
        let vectors = try await embedder.embed(["first", "second"])
        #expect(vectors == [[1, 0.25], [0.5, 1]])
        #expect(server.requests.first?.uri == path)
        await http.shutdown()
        await server.shutdown()
    }

    @Test func configSelectsTheEmbedder() async throws {
        var config = KernelConfig.defaults
        config.memory.embeddingProvider = "ollama"
        config.memory.embeddingModel = "nomic-embed-text"
        let http = ProviderHTTPClient()
        let factory = EmbedderFactory(resolver: ProviderResolver(config: config, environment: [:]), http: http)
        let embedder = try factory.embedder()
        #expect(embedder.format == .ollama && embedder.request(["x"]).url == "http://localhost:11434/api/embed")
        config.memory.embeddingProvider = "openai"
        #expect(throws: ProviderResolutionError.missingKey(provider: "openai", variable: "OPENAI_API_KEY")) {
            try EmbedderFactory(resolver: ProviderResolver(config: config, environment: [:]), http: http).embedder()
        }
        await http.shutdown()
    }

    @Test func malformedEmbeddingResponsesAreErrors() {
        #expect(throws: LLMError.self) { try HTTPEmbedder.vectors(in: #"{"data":[{"embedding":["x"]}]}"#, format: .openAI) }
        #expect(throws: LLMError.self) { try HTTPEmbedder.vectors(in: "nope", format: .ollama) }
    }
}
