import OpenFangTypes

/// Builds the JSON body of a chat-completions request from our messages and tools.
public enum OpenAIRequestBody {
    /// The body for `request`; `stream` adds `stream_options.include_usage`.
    public static func make(_ request: CompletionRequest, stream: Bool) -> JSONValue {
        var body: [String: JSONValue] = [
            "model": .string(request.model),
            "messages": .array(messages(request)),
        ]
        let limit = JSONValue.integer(Int64(request.maxTokens))
        body[OpenAIModelRules.usesMaxCompletionTokens(request.model) ? "max_completion_tokens" : "max_tokens"] = limit
        if let temperature = OpenAIModelRules.temperature(for: request.model, requested: request.temperature) {
            body["temperature"] = .number(temperature)
        }
        if !request.tools.isEmpty {
            body["tools"] = .array(request.tools.map { tool in
                .object([
                    "type": .string("function"),
                    "function": .object([
                        "name": .string(tool.name), "description": .string(tool.description), "parameters": tool.inputSchema.value,
                    ]),
                ])
            })
            body["tool_choice"] = .string("auto")
        }
        if !request.stopSequences.isEmpty { body["stop"] = .array(request.stopSequences.map(JSONValue.string)) }
        if stream {
            body["stream"] = .bool(true)
            body["stream_options"] = .object(["include_usage": .bool(true)])
        }
        return .object(body)
    }

    /// Our messages in OpenAI's roles: tool results become `tool` messages after the assistant turn.
    static func messages(_ request: CompletionRequest) -> [JSONValue] {
        var result: [JSONValue] = []
        if let system = request.system, !system.isEmpty {
            result.append(.object(["role": .string("system"), "content": .string(system)]))
        }
        for message in request.messages {
            switch message.role {
            case .system:
                result.append(.object(["role": .string("system"), "content": .string(message.content.plainText)]))
            case .assistant:
                result.append(assistant(message.content.blocks))
            case .user:
                result += user(message.content.blocks)
            }
        }
        return result
    }

    private static func assistant(_ blocks: [ContentBlock]) -> JSONValue {
        var text = ""
        var calls: [JSONValue] = []
        for block in blocks {
            switch block {
            case .text(let value, _): text += value
            case .toolUse(let id, let name, let input, _):
                calls.append(.object([
                    "id": .string(id.rawValue), "type": .string("function"),
                    "function": .object(["name": .string(name), "arguments": .string(input.compactJSON)]),
                ]))
            default: break
            }
        }
        var message: [String: JSONValue] = ["role": .string("assistant"), "content": text.isEmpty && !calls.isEmpty ? .null : .string(text)]
        if !calls.isEmpty { message["tool_calls"] = .array(calls) }
        return .object(message)
    }

    private static func user(_ blocks: [ContentBlock]) -> [JSONValue] {
        var toolMessages: [JSONValue] = []
        var parts: [JSONValue] = []
        for block in blocks {
            switch block {
            case .toolResult(let id, _, let content, let isError):
                toolMessages.append(.object([
                    "role": .string("tool"), "tool_call_id": .string(id.rawValue),
                    "content": .string(isError ? "Error: \(content)" : content),
                ]))
            case .text(let value, _):
                parts.append(.object(["type": .string("text"), "text": .string(value)]))
            case .image(let mediaType, let data):
                parts.append(.object([
                    "type": .string("image_url"),
                    "image_url": .object(["url": .string("data:\(mediaType.rawValue);base64,\(data)")]),
                ]))
            default: break
            }
        }
        var result = toolMessages
        if parts.count == 1, case .object(let part) = parts[0], let text = part["text"] {
            result.append(.object(["role": .string("user"), "content": text]))
        } else if !parts.isEmpty {
            result.append(.object(["role": .string("user"), "content": .array(parts)]))
        }
        return result
    }
}
