import OpenFangTypes

extension AnthropicStreamAssembler: StreamAssembling {
    mutating func consume(_ event: ServerSentEvent) throws(LLMError) -> [StreamEvent] {
        try consume(event: event.event, data: event.data)
    }

    mutating func complete() throws(LLMError) -> [StreamEvent] {
        guard stopped else { throw .malformedResponse("the stream ended before message_stop") }
        return finish()
    }
}

/// Turns Messages API stream events into ``StreamEvent``s: blocks tracked by index, tool input
/// JSON assembled from `input_json_delta` and parsed at block stop, thinking with its signature,
/// stop reason and usage; `ping` and unknown event types ignored; a mid-stream `error` thrown.
public struct AnthropicStreamAssembler: Sendable {
    private enum Block: Sendable {
        case text(String)
        case thinking(String, signature: String)
        case redacted(String)
        case toolUse(id: String, name: String, json: String)
        case other(JSONValue)
    }

    private var blocks: [Int: Block] = [:]
    private var usage = TokenUsage()
    private var stopReason: String?
    private var messageID: String?
    private var stopped = false

    /// An assembler at the start of a stream.
    public init() {}

    /// The events one SSE event produces.
    public mutating func consume(event name: String?, data: String) throws(LLMError) -> [StreamEvent] {
        guard let json = JSONValue.parse(data), case .object = json else { return [] }
        let type = json["type"]?.stringValue ?? name ?? ""
        let index = Self.int(json["index"]) ?? 0
        switch type {
        case "message_start":
            messageID = json["message"]?["id"]?.stringValue
            if let input = Self.int(json["message"]?["usage"]?["input_tokens"]) { usage.inputTokens = input }
            if let output = Self.int(json["message"]?["usage"]?["output_tokens"]) { usage.outputTokens = output }
            return []
        case "content_block_start":
            return start(index: index, block: json["content_block"] ?? .null)
        case "content_block_delta":
            return delta(index: index, delta: json["delta"] ?? .null)
        case "content_block_stop":
            guard case .toolUse(let id, let name, let text)? = blocks[index] else { return [] }
            return [.toolUseEnd(id: ToolCallID(id), name: name, input: Self.input(text))]
        case "message_stop":
            stopped = true
            return []
        case "message_delta":
            if let reason = json["delta"]?["stop_reason"]?.stringValue { stopReason = reason }
            if let output = Self.int(json["usage"]?["output_tokens"]) { usage.outputTokens = output }
            return []
        case "error":
            let kind = json["error"]?["type"]?.stringValue ?? ""
            let message = json["error"]?["message"]?.stringValue ?? data
            throw kind == "overloaded_error" ? .overloaded(retryAfter: nil) : .malformedResponse("the provider sent an error mid-stream: \(message)")
        default:
            return []
        }
    }

    private mutating func start(index: Int, block: JSONValue) -> [StreamEvent] {
        switch block["type"]?.stringValue {
        case "text":
            let text = block["text"]?.stringValue ?? ""
            blocks[index] = .text(text)
            return text.isEmpty ? [] : [.textDelta(text)]
        case "thinking":
            blocks[index] = .thinking(block["thinking"]?.stringValue ?? "", signature: block["signature"]?.stringValue ?? "")
            return []
        case "redacted_thinking":
            blocks[index] = .redacted(block["data"]?.stringValue ?? "")
            return []
        case "tool_use":
            let id = block["id"]?.stringValue ?? "toolu_\(index)"
            let name = block["name"]?.stringValue ?? ""
            blocks[index] = .toolUse(id: id, name: name, json: "")
            return [.toolUseStart(id: ToolCallID(id), name: name)]
        default:
            blocks[index] = .other(block)
            return []
        }
    }

    private mutating func delta(index: Int, delta: JSONValue) -> [StreamEvent] {
        switch (blocks[index], delta["type"]?.stringValue) {
        case (.text(let text)?, "text_delta"):
            let piece = delta["text"]?.stringValue ?? ""
            blocks[index] = .text(text + piece)
            return [.textDelta(piece)]
        case (.thinking(let text, let signature)?, "thinking_delta"):
            let piece = delta["thinking"]?.stringValue ?? ""
            blocks[index] = .thinking(text + piece, signature: signature)
            return [.thinkingDelta(piece)]
        case (.thinking(let text, let signature)?, "signature_delta"):
            blocks[index] = .thinking(text, signature: signature + (delta["signature"]?.stringValue ?? ""))
            return []
        case (.toolUse(let id, let name, let json)?, "input_json_delta"):
            let piece = delta["partial_json"]?.stringValue ?? ""
            blocks[index] = .toolUse(id: id, name: name, json: json + piece)
            return [.toolInputDelta(id: ToolCallID(id), json: piece)]
        default:
            return []
        }
    }

    /// The closing `.contentComplete`.
    public func finish() -> [StreamEvent] {
        let content: [ContentBlock] = blocks.keys.sorted().compactMap { index in
            switch blocks[index]! {
            case .text(let text): return text.isEmpty ? nil : .text(text)
            case .thinking(let text, let signature): return .thinking(text, signature: signature.isEmpty ? nil : signature)
            case .redacted(let data): return .redactedThinking(data: data)
            case .toolUse(let id, let name, let json): return .toolUse(id: ToolCallID(id), name: name, input: Self.input(json))
            case .other(let raw): return .unknown(raw)
            }
        }
        return [.contentComplete(CompletionResponse(
            content: content, stopReason: Self.stopReason(stopReason, content: content), usage: usage, providerMessageID: messageID))]
    }

    static func stopReason(_ reason: String?, content: [ContentBlock]) -> StopReason {
        switch reason {
        case "tool_use": .toolUse
        case "max_tokens": .maxTokens
        case "stop_sequence": .stopSequence
        default: content.contains { if case .toolUse = $0 { return true } else { return false } } ? .toolUse : .endTurn
        }
    }

    static func input(_ json: String) -> JSONValue {
        json.isEmpty ? .object([:]) : (JSONValue.parse(json) ?? .object(["_raw": .string(json)]))
    }

    static func int(_ value: JSONValue?) -> Int? {
        if case .integer(let number)? = value { return Int(number) }
        return nil
    }
}
