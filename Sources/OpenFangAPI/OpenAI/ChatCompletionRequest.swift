import OpenFangTypes

/// A `POST /v1/chat/completions` body: the agent (`model`), the whole conversation and how to
/// answer. Sampling fields (`temperature`, `max_tokens`, `tools`, …) are ignored: the agent's
/// manifest decides them.
struct ChatCompletionRequest: Sendable {
    /// The largest body accepted (long histories are the point of this endpoint).
    static let maxBodyBytes = 1 << 20

    /// The agent's name or id, as sent (echoed back as `model`).
    var model: String
    /// The conversation, system messages included, last one the user's.
    var messages: [Message]
    /// Answer as an event stream of chunks.
    var stream: Bool
    /// With `stream`, end with a chunk carrying `usage` (`stream_options.include_usage`).
    var includeUsage: Bool

    /// Reads the request from its JSON fields; errors are 400s naming the field.
    init(fields: [String: JSONValue]) throws {
        guard let model = fields["model"], model != .null else {
            throw OpenAIError.invalid("model", "`model` is required: the name or id of the agent to ask (GET /v1/models lists them)")
        }
        guard let name = model.stringValue, !name.isEmpty else { throw OpenAIError.invalid("model", "`model` must be a non-empty string") }
        guard let list = fields["messages"], list != .null else {
            throw OpenAIError.invalid("messages", "`messages` is required: the conversation, ending with a user message")
        }
        guard let items = list.arrayValue else { throw OpenAIError.invalid("messages", "`messages` must be an array of messages") }
        guard let last = items.last else { throw OpenAIError.invalid("messages", "`messages` must not be empty") }
        let lastRole = last["role"]?.stringValue ?? "none"
        guard lastRole == "user" else {
            throw OpenAIError.invalid("messages", "the last message must be from the user (role \"user\"), not \"\(lastRole)\"")
        }
        var parser = ChatMessageParser()
        self.model = name
        messages = try parser.parse(items)
        stream = try Self.flag(fields["stream"], param: "stream")
        switch fields["stream_options"] {
        case nil, .null?, .object?: break
        default: throw OpenAIError.invalid("stream_options", "`stream_options` must be an object such as {\"include_usage\": true}")
        }
        includeUsage = try Self.flag(fields["stream_options"]?["include_usage"], param: "stream_options.include_usage")
    }

    /// An optional boolean field (absent or null = false).
    static func flag(_ value: JSONValue?, param: String) throws -> Bool {
        switch value {
        case nil, .null?: false
        case .bool(let flag)?: flag
        default: throw OpenAIError.invalid(param, "`\(param)` must be a boolean")
        }
    }
}
