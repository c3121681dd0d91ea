import OpenFangRuntime

/// A non-streamed answer: `{id, object: "chat.completion", created, model, choices: [{index: 0,
/// message: {role: "assistant", content}, finish_reason: "stop"}], usage}`.
struct ChatCompletion: Encodable, Sendable {
    /// The one choice.
    struct Choice: Encodable, Sendable {
        var index = 0
        var message: AssistantMessage
        var finishReason = "stop"

        enum CodingKeys: String, CodingKey {
            case index, message
            case finishReason = "finish_reason"
        }
    }

    /// The agent's reply.
    struct AssistantMessage: Encodable, Sendable {
        var role = "assistant"
        var content: String
    }

    var id: String
    var object = "chat.completion"
    var created: Int
    var model: String
    var choices: [Choice]
    var usage: ChatUsage

    /// The answer `id` gives for `result`, echoing `model` as requested.
    init(id: String, created: Int, model: String, result: TurnResult) {
        self.id = id
        self.created = created
        self.model = model
        choices = [Choice(message: AssistantMessage(content: result.response))]
        usage = ChatUsage(result.usage)
    }
}
