/// Talks to one model provider.
public protocol LLMDriver: Sendable {
    /// Sends the request and returns the whole answer.
    func complete(_ request: CompletionRequest) async throws -> CompletionResponse
    /// Sends the request and yields events as they arrive, ending with `.contentComplete`.
    func stream(_ request: CompletionRequest) -> AsyncThrowingStream<StreamEvent, any Error>
}
