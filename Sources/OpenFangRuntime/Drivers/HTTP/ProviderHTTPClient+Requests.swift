import AsyncHTTPClient
import NIOCore
import NIOHTTP1

extension ProviderHTTPClient {
    /// POSTs JSON and returns the body of a 2xx answer; any other status becomes a classified error.
    func completion(url: String, headers: [(String, String)], body: String, model: String) async throws -> String {
        let response = try await postJSON(url, headers: headers, body: body)
        guard (200..<300).contains(response.status.code) else {
            throw await LLMErrorClassifier.error(for: response, http: self, url: url, model: model)
        }
        return try await text(of: response)
    }

    /// POSTs JSON and decodes the event stream with `assembler`, yielding events as they arrive.
    func eventStream<Assembler: StreamAssembling>(
        url: String, headers: [(String, String)], body: String, model: String, assembler: Assembler
    ) -> AsyncThrowingStream<StreamEvent, any Error> {
        AsyncThrowingStream { continuation in
            // The task lives exactly as long as the stream: ending the stream cancels it.
            let task = Task {
                do {
                    var assembler = assembler
                    let response = try await postJSON(url, headers: headers + [("accept", "text/event-stream")], body: body)
                    guard (200..<300).contains(response.status.code) else {
                        throw await LLMErrorClassifier.error(for: response, http: self, url: url, model: model)
                    }
                    var parser = ServerSentEventParser()
                    do {
                        for try await buffer in response.body {
                            for event in try parser.feed(buffer.readableBytesView) {
                                for output in try assembler.consume(event) { continuation.yield(output) }
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
                        for output in try assembler.consume(event) { continuation.yield(output) }
                    }
                    for output in try assembler.complete() { continuation.yield(output) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
