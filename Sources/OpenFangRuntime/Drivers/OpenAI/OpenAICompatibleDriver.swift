import AsyncHTTPClient
import NIOHTTP1
import NIOCore
import OpenFangTypes

/// Chat completions against OpenAI and every server that copies its API (Groq, OpenRouter,
/// DeepSeek, Ollama, vLLM, LM Studio, …), streaming and not.
public struct OpenAICompatibleDriver: LLMDriver {
    /// Where and how to reach the provider.
    public struct Configuration: Sendable {
        /// Provider id (for messages).
        public var provider: String
        /// Base URL in any of the usual spellings (normalised by ``OpenAIEndpoint``).
        public var baseURL: String
        /// Bearer key; nil for local servers that take none.
        public var apiKey: String?
        /// Extra headers (OpenRouter's `HTTP-Referer`, …).
        public var extraHeaders: [(String, String)]

        /// Creates a configuration.
        public init(provider: String, baseURL: String, apiKey: String?, extraHeaders: [(String, String)] = []) {
            self.provider = provider
            self.baseURL = baseURL
            self.apiKey = apiKey
            self.extraHeaders = extraHeaders
        }
    }

    let configuration: Configuration
    let http: ProviderHTTPClient
    let endpoint: OpenAIEndpoint

    /// A driver for one provider, sending through `http`.
    public init(configuration: Configuration, http: ProviderHTTPClient) {
        self.configuration = configuration
        self.http = http
        self.endpoint = OpenAIEndpoint(baseURL: configuration.baseURL)
    }

    var headers: [(String, String)] {
        (configuration.apiKey.map { [("authorization", "Bearer \($0)")] } ?? []) + configuration.extraHeaders
    }

    public func complete(_ request: CompletionRequest) async throws -> CompletionResponse {
        let url = endpoint.chatCompletions
        let response = try await http.postJSON(url, headers: headers, body: OpenAIRequestBody.make(request, stream: false).compactJSON)
        guard (200..<300).contains(response.status.code) else {
            throw await LLMErrorClassifier.error(for: response, http: http, url: url, model: request.model)
        }
        return try OpenAIResponseDecoder.decode(try await http.text(of: response))
    }

    public func stream(_ request: CompletionRequest) -> AsyncThrowingStream<StreamEvent, any Error> {
        let url = endpoint.chatCompletions
        let headers = self.headers
        let http = self.http
        let body = OpenAIRequestBody.make(request, stream: true).compactJSON
        return AsyncThrowingStream { continuation in
            // The task lives exactly as long as the stream: ending the stream cancels it.
            let task = Task {
                do {
                    let response = try await http.postJSON(url, headers: headers + [("accept", "text/event-stream")], body: body)
                    guard (200..<300).contains(response.status.code) else {
                        throw await LLMErrorClassifier.error(for: response, http: http, url: url, model: request.model)
                    }
                    var parser = ServerSentEventParser()
                    var assembler = OpenAIStreamAssembler()
                    do {
                        for try await buffer in response.body {
                            for event in try parser.feed(buffer.readableBytesView) {
                                for output in assembler.consume(event.data) { continuation.yield(output) }
                            }
                        }
                    } catch let failure as ServerSentEventParser.Failure {
                        throw LLMError.malformedResponse(failure.description)
                    } catch is CancellationError {
                        throw CancellationError()
                    } catch {
                        throw LLMError.malformedResponse("the stream was cut off: \(error)")
                    }
                    for event in parser.finish() {
                        for output in assembler.consume(event.data) { continuation.yield(output) }
                    }
                    for output in assembler.finish() { continuation.yield(output) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
