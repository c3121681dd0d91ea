import FoundationEssentials
import OpenFangTypes

/// Turns `generateContent` responses (whole, or streamed chunk by chunk) into ``StreamEvent``s:
/// text and thought deltas, whole function calls with synthesised ids, thought signatures kept.
public struct GeminiAssembler: Sendable {
    private var blocks: [ContentBlock] = []
    private var finishReason: String?
    private var usage = TokenUsage()
    private var responseID: String?

    /// An assembler at the start of a response.
    public init() {}

    /// The events one response chunk produces.
    public mutating func consume(_ data: String) throws(LLMError) -> [StreamEvent] {
        guard let json = JSONValue.parse(data), case .object = json else { return [] }
        if let message = json["error"]?["message"]?.stringValue { throw .malformedResponse("the provider sent an error: \(message)") }
        if let id = json["responseId"]?.stringValue { responseID = id }
        if case .integer(let prompt)? = json["usageMetadata"]?["promptTokenCount"] { usage.inputTokens = Int(prompt) }
        if case .integer(let output)? = json["usageMetadata"]?["candidatesTokenCount"] { usage.outputTokens = Int(output) }
        guard case .array(let candidates)? = json["candidates"], let candidate = candidates.first else { return [] }
        if let reason = candidate["finishReason"]?.stringValue { finishReason = reason }
        guard case .array(let parts)? = candidate["content"]?["parts"] else { return [] }
        var events: [StreamEvent] = []
        for part in parts {
            let signature = part[GeminiRequestBody.signatureKey].map { JSONValue.object([GeminiRequestBody.signatureKey: $0]) }
            if let call = part["functionCall"] {
                let id = ToolCallID("call_\(UUID().uuidString.replacing("-", with: "").lowercased())")
                let name = call["name"]?.stringValue ?? ""
                let input = call["args"] ?? .object([:])
                blocks.append(.toolUse(id: id, name: name, input: input, providerMetadata: signature))
                events += [.toolUseStart(id: id, name: name), .toolUseEnd(id: id, name: name, input: input)]
            } else if let text = part["text"]?.stringValue {
                if part["thought"] == .bool(true) {
                    append(thinking: text)
                    events.append(.thinkingDelta(text))
                } else {
                    append(text: text, signature: signature)
                    events.append(.textDelta(text))
                }
            }
        }
        return events
    }

    private mutating func append(text: String, signature: JSONValue?) {
        if case .text(let previous, let metadata)? = blocks.last {
            blocks[blocks.count - 1] = .text(previous + text, providerMetadata: signature ?? metadata)
        } else {
            blocks.append(.text(text, providerMetadata: signature))
        }
    }

    private mutating func append(thinking text: String) {
        if case .thinking(let previous, let signature, let metadata)? = blocks.last {
            blocks[blocks.count - 1] = .thinking(previous + text, signature: signature, providerMetadata: metadata)
        } else {
            blocks.append(.thinking(text, signature: nil))
        }
    }

    /// The closing `.contentComplete`.
    public func finish() -> [StreamEvent] {
        let hasCalls = blocks.contains { if case .toolUse = $0 { return true } else { return false } }
        let stop: StopReason = switch finishReason {
        case "MAX_TOKENS": .maxTokens
        default: hasCalls ? .toolUse : .endTurn
        }
        return [.contentComplete(CompletionResponse(content: blocks, stopReason: stop, usage: usage, providerMessageID: responseID))]
    }
}
