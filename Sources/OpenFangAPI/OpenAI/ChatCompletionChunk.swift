/// One `chat.completion.chunk` of a streamed answer: a delta (`role` first, then `content`
/// pieces), the last choice with `finish_reason`, or (`include_usage`) no choices and `usage`.
struct ChatCompletionChunk: Encodable, Sendable {
    /// A choice's change.
    struct Choice: Encodable, Sendable {
        var index = 0
        var delta: Delta
        var finishReason: String?

        enum CodingKeys: String, CodingKey {
            case index, delta
            case finishReason = "finish_reason"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(index, forKey: .index)
            try container.encode(delta, forKey: .delta)
            try container.encode(finishReason, forKey: .finishReason)  // null until the last chunk, as OpenAI sends it
        }
    }

    /// What a chunk adds.
    struct Delta: Encodable, Sendable {
        var role: String?
        var content: String?
    }

    var id: String
    var object = "chat.completion.chunk"
    var created: Int
    var model: String
    var choices: [Choice]
    var usage: ChatUsage?

    /// The first chunk: the assistant's role, no content yet.
    static func role(id: String, created: Int, model: String) -> ChatCompletionChunk {
        ChatCompletionChunk(id: id, created: created, model: model, choices: [Choice(delta: Delta(role: "assistant", content: ""))])
    }

    /// A piece of the reply as the model streams it.
    static func content(_ text: String, id: String, created: Int, model: String) -> ChatCompletionChunk {
        ChatCompletionChunk(id: id, created: created, model: model, choices: [Choice(delta: Delta(content: text))])
    }

    /// The last choice chunk: an empty delta and `finish_reason`.
    static func finish(id: String, created: Int, model: String) -> ChatCompletionChunk {
        ChatCompletionChunk(id: id, created: created, model: model, choices: [Choice(delta: Delta(), finishReason: "stop")])
    }

    /// The usage chunk: no choices.
    static func usage(_ usage: ChatUsage, id: String, created: Int, model: String) -> ChatCompletionChunk {
        ChatCompletionChunk(id: id, created: created, model: model, choices: [], usage: usage)
    }
}
