import OpenFangTypes

/// Builds a Messages API body: content blocks as Anthropic names them, thinking signatures sent
/// back verbatim, and prompt caching on the system prompt and the tool list.
public enum AnthropicRequestBody {
    /// The body for `request`.
    public static func make(_ request: CompletionRequest, stream: Bool) -> JSONValue {
        var body: [String: JSONValue] = [
            "model": .string(request.model),
            "max_tokens": .integer(Int64(request.maxTokens)),
            "messages": .array(request.messages.filter { $0.role != .system }.map(message)),
        ]
        let systemText = ([request.system].compactMap { $0 } + request.messages.filter { $0.role == .system }.map(\.content.plainText))
            .filter { !$0.isEmpty }.joined(separator: "\n\n")
        if !systemText.isEmpty {
            body["system"] = .array([.object([
                "type": .string("text"), "text": .string(systemText), "cache_control": .object(["type": .string("ephemeral")]),
            ])])
        }
        if !request.tools.isEmpty {
            let tools = request.tools.enumerated().map { index, tool -> JSONValue in
                var entry: [String: JSONValue] = [
                    "name": .string(tool.name), "description": .string(tool.description), "input_schema": tool.inputSchema.value,
                ]
                if index == request.tools.count - 1 { entry["cache_control"] = .object(["type": .string("ephemeral")]) }
                return .object(entry)
            }
            body["tools"] = .array(tools)
        }
        if let budget = request.thinkingBudget, budget > 0 {
            body["thinking"] = .object(["type": .string("enabled"), "budget_tokens": .integer(Int64(budget))])
        } else if let temperature = request.temperature {
            body["temperature"] = .number(temperature)
        }
        if !request.stopSequences.isEmpty { body["stop_sequences"] = .array(request.stopSequences.map(JSONValue.string)) }
        if stream { body["stream"] = .bool(true) }
        return .object(body)
    }

    static func message(_ message: Message) -> JSONValue {
        .object([
            "role": .string(message.role == .assistant ? "assistant" : "user"),
            "content": .array(message.content.blocks.compactMap(block)),
        ])
    }

    static func block(_ block: ContentBlock) -> JSONValue? {
        switch block {
        case .text(let text, _):
            return text.isEmpty ? nil : .object(["type": .string("text"), "text": .string(text)])
        case .image(let mediaType, let data):
            return .object([
                "type": .string("image"),
                "source": .object(["type": .string("base64"), "media_type": .string(mediaType.rawValue), "data": .string(data)]),
            ])
        case .toolUse(let id, let name, let input, _):
            return .object(["type": .string("tool_use"), "id": .string(id.rawValue), "name": .string(name), "input": input])
        case .toolResult(let id, _, let content, let isError):
            return .object([
                "type": .string("tool_result"), "tool_use_id": .string(id.rawValue), "content": .string(content), "is_error": .bool(isError),
            ])
        case .thinking(let text, let signature, _):
            guard let signature else { return nil }
            return .object(["type": .string("thinking"), "thinking": .string(text), "signature": .string(signature)])
        case .redactedThinking(let data):
            return .object(["type": .string("redacted_thinking"), "data": .string(data)])
        case .unknown(let raw):
            return raw
        }
    }
}
