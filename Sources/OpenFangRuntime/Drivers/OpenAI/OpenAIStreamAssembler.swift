import OpenFangTypes

/// Turns OpenAI-style stream chunks into ``StreamEvent``s: text (with `<think>` split out),
/// `reasoning`/`reasoning_content`, tool-call fragments merged by `index`, usage from a final
/// chunk with `choices: []` or `null`, and the finish reason. Garbage chunks are skipped, not fatal.
public struct OpenAIStreamAssembler: Sendable {
    private struct PendingCall: Sendable {
        var id: String
        var name: String
        var arguments: String
        var started: Bool
    }

    private var text = ""
    private var thinking = ""
    private var calls: [Int: PendingCall] = [:]
    private var finishReason: String?
    private var usage = TokenUsage()
    private var responseID: String?
    private var splitter = ThinkTagSplitter()
    private var syntheticIDs = 0
    private var sawDone = false

    /// An assembler at the start of a stream.
    public init() {}

    /// The events one `data:` payload produces (`[DONE]` produces none).
    public mutating func consume(_ data: String) -> [StreamEvent] {
        if data == "[DONE]" { sawDone = true }
        guard data != "[DONE]", let chunk = JSONValue.parse(data), case .object(let object) = chunk else { return [] }
        if let id = object["id"]?.stringValue { responseID = id }
        if let usage = object["usage"] { record(usage) }
        guard case .array(let choices)? = object["choices"] else { return [] }
        var events: [StreamEvent] = []
        // Only the first choice is the reply (another `n` would interleave its text with it).
        for choice in choices where (choice["index"]?.intValue ?? 0) == 0 {
            if let reason = choice["finish_reason"]?.stringValue { finishReason = reason }
            guard case .object(let delta)? = choice["delta"] else { continue }
            for key in ["reasoning_content", "reasoning"] {
                if let reasoning = delta[key]?.stringValue, !reasoning.isEmpty {
                    thinking += reasoning
                    events.append(.thinkingDelta(reasoning))
                }
            }
            if let content = delta["content"]?.stringValue, !content.isEmpty {
                events += pieces(splitter.feed(content))
            }
            if case .array(let fragments)? = delta["tool_calls"] {
                for fragment in fragments { events += merge(fragment) }
            }
        }
        return events
    }

    /// The error a chunk carries instead of choices (`{"error": {"message"}}` mid-stream), if any.
    static func failure(in data: String) -> LLMError? {
        guard data != "[DONE]", let chunk = JSONValue.parse(data), let error = chunk["error"], error != .null else { return nil }
        let message = error["message"]?.stringValue ?? error.stringValue ?? error.compactJSON
        return .malformedResponse("the provider reported an error in the middle of the stream: \(message)")
    }

    /// Whether the provider ended the stream itself (a finish reason or `[DONE]`), as opposed to
    /// the connection closing in the middle of the reply.
    public var isFinished: Bool { sawDone || finishReason != nil }

    /// The closing events: held-back text, finished tool calls, and `.contentComplete`.
    public mutating func finish() -> [StreamEvent] {
        var events = pieces(splitter.finish())
        var blocks: [ContentBlock] = []
        if !thinking.isEmpty { blocks.append(.thinking(thinking, signature: nil)) }
        if !text.isEmpty { blocks.append(.text(text)) }
        for index in calls.keys.sorted() {
            guard let call = calls[index] else { continue }
            let input = call.arguments.isEmpty ? JSONValue.object([:]) : (JSONValue.parse(call.arguments) ?? .object(["_raw": .string(call.arguments)]))
            let id = ToolCallID(call.id)
            if !call.started { events.append(.toolUseStart(id: id, name: call.name)) }
            events.append(.toolUseEnd(id: id, name: call.name, input: input))
            blocks.append(.toolUse(id: id, name: call.name, input: input))
        }
        let stop = Self.stopReason(finishReason, hasToolCalls: !calls.isEmpty)
        events.append(.contentComplete(CompletionResponse(content: blocks, stopReason: stop, usage: usage, providerMessageID: responseID)))
        return events
    }

    private mutating func pieces(_ pieces: [ThinkTagSplitter.Piece]) -> [StreamEvent] {
        pieces.map { piece in
            switch piece {
            case .text(let value):
                text += value
                return .textDelta(value)
            case .thinking(let value):
                thinking += value
                return .thinkingDelta(value)
            }
        }
    }

    private mutating func merge(_ fragment: JSONValue) -> [StreamEvent] {
        let index = fragment["index"].flatMap { value -> Int? in
            if case .integer(let number) = value { return Int(number) }
            return nil
        } ?? calls.count
        var call = calls[index] ?? PendingCall(id: "", name: "", arguments: "", started: false)
        if let id = fragment["id"]?.stringValue, !id.isEmpty { call.id = id }
        if let name = fragment["function"]?["name"]?.stringValue, !name.isEmpty { call.name += call.started ? "" : name }
        var events: [StreamEvent] = []
        if !call.started, !call.name.isEmpty {
            if call.id.isEmpty {
                syntheticIDs += 1
                call.id = "call_\(syntheticIDs)"
            }
            call.started = true
            events.append(.toolUseStart(id: ToolCallID(call.id), name: call.name))
        }
        if let arguments = fragment["function"]?["arguments"]?.stringValue, !arguments.isEmpty {
            call.arguments += arguments
            if call.started { events.append(.toolInputDelta(id: ToolCallID(call.id), json: arguments)) }
        }
        calls[index] = call
        return events
    }

    private mutating func record(_ value: JSONValue) {
        guard case .object = value else { return }
        if case .integer(let prompt)? = value["prompt_tokens"] { usage.inputTokens = Int(prompt) }
        if case .integer(let completion)? = value["completion_tokens"] { usage.outputTokens = Int(completion) }
    }

    /// OpenAI's finish reasons in our terms.
    static func stopReason(_ reason: String?, hasToolCalls: Bool) -> StopReason {
        switch reason {
        case "length": .maxTokens
        case "tool_calls", "function_call": .toolUse
        case "stop" where hasToolCalls: .toolUse
        default: hasToolCalls ? .toolUse : .endTurn
        }
    }
}
