import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import OpenFangTypes

/// Anthropic's Messages API (also used by `kimi_coding`), streaming and not.
public struct AnthropicDriver: LLMDriver {
    /// The API version header sent with every request.
    public static let apiVersion = "2023-06-01"

    let baseURL: String
    let apiKey: String?
    let http: ProviderHTTPClient

    /// A driver for `baseURL` (default `https://api.anthropic.com`; a trailing `/v1` is tolerated).
    public init(baseURL: String = "https://api.anthropic.com", apiKey: String?, http: ProviderHTTPClient) {
        var base = baseURL.trimmingCharacters(in: " \t\n")
        while base.hasSuffix("/") { base.removeLast() }
        for suffix in ["/v1/messages", "/v1"] where base.hasSuffix(suffix) { base.removeLast(suffix.count) }
        self.baseURL = base
        self.apiKey = apiKey
        self.http = http
    }

    var url: String { baseURL + "/v1/messages" }

    var headers: [(String, String)] {
        (apiKey.map { [("x-api-key", $0)] } ?? []) + [("anthropic-version", Self.apiVersion)]
    }

    public func complete(_ request: CompletionRequest) async throws -> CompletionResponse {
        let response = try await http.postJSON(url, headers: headers, body: AnthropicRequestBody.make(request, stream: false).compactJSON)
        guard (200..<300).contains(response.status.code) else {
            throw await LLMErrorClassifier.error(for: response, http: http, url: url, model: request.model)
        }
        return try AnthropicResponseDecoder.decode(try await http.text(of: response))
    }

    public func stream(_ request: CompletionRequest) -> AsyncThrowingStream<StreamEvent, any Error> {
        let url = self.url
        let headers = self.headers + [("accept", "text/event-stream")]
        let http = self.http
        let body = AnthropicRequestBody.make(request, stream: true).compactJSON
        return AsyncThrowingStream { continuation in
            // The task lives exactly as long as the stream: ending the stream cancels it.
            let task = Task {
                do {
                    let response = try await http.postJSON(url, headers: headers, body: body)
                    guard (200..<300).contains(response.status.code) else {
                        throw await LLMErrorClassifier.error(for: response, http: http, url: url, model: request.model)
                    }
                    var parser = ServerSentEventParser()
                    var assembler = AnthropicStreamAssembler()
                    var stopped = false
                    do {
                        for try await buffer in response.body {
                            for event in try parser.feed(buffer.readableBytesView) {
                                if event.event == "message_stop" { stopped = true }
                                for output in try assembler.consume(event: event.event, data: event.data) { continuation.yield(output) }
                            }
                        }
                    } catch let error as LLMError {
                        throw error
                    } catch let failure as ServerSentEventParser.Failure {
                        throw LLMError.malformedResponse(failure.description)
                    } catch is CancellationError {
                        throw CancellationError()
                    } catch {
                        throw LLMError.malformedResponse("the stream was cut off: \(error)")
                    }
                    for event in parser.finish() {
                        if event.event == "message_stop" { stopped = true }
                        for output in try assembler.consume(event: event.event, data: event.data) { continuation.yield(output) }
                    }
                    guard stopped else { throw LLMError.malformedResponse("the stream ended before message_stop") }
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
