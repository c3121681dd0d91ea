/// A provider's event-stream decoder: one server-sent event in, our stream events out.
protocol StreamAssembling: Sendable {
    /// The events one server-sent event produces.
    mutating func consume(_ event: ServerSentEvent) throws(LLMError) -> [StreamEvent]
    /// The closing events (ending with `.contentComplete`), or an error if the stream was incomplete.
    mutating func complete() throws(LLMError) -> [StreamEvent]
}

extension OpenAIStreamAssembler: StreamAssembling {
    mutating func consume(_ event: ServerSentEvent) throws(LLMError) -> [StreamEvent] { consume(event.data) }
    mutating func complete() throws(LLMError) -> [StreamEvent] { finish() }
}

extension GeminiAssembler: StreamAssembling {
    mutating func consume(_ event: ServerSentEvent) throws(LLMError) -> [StreamEvent] { try consume(event.data) }
    mutating func complete() throws(LLMError) -> [StreamEvent] { finish() }
}
