/// A provider's event-stream decoder: one server-sent event in, our stream events out.
protocol StreamAssembling: Sendable {
    /// The events one server-sent event produces.
    mutating func consume(_ event: ServerSentEvent) throws(LLMError) -> [StreamEvent]
    /// The closing events (ending with `.contentComplete`), or an error if the stream was incomplete.
    mutating func complete() throws(LLMError) -> [StreamEvent]
}

extension OpenAIStreamAssembler: StreamAssembling {
    mutating func consume(_ event: ServerSentEvent) throws(LLMError) -> [StreamEvent] {
        if let failure = Self.failure(in: event.data) { throw failure }
        return consume(event.data)
    }

    mutating func complete() throws(LLMError) -> [StreamEvent] {
        guard isFinished else { throw .malformedResponse("the stream ended before the provider finished the reply (no finish_reason and no [DONE])") }
        return finish()
    }
}

extension GeminiAssembler: StreamAssembling {
    mutating func consume(_ event: ServerSentEvent) throws(LLMError) -> [StreamEvent] { try consume(event.data) }
    mutating func complete() throws(LLMError) -> [StreamEvent] { finish() }
}
