import OpenFangTypes

/// Reads a non-streamed chat-completions response (with `<think>` and `reasoning_content` split out).
public enum OpenAIResponseDecoder {
    /// The response in `body`, or an error saying what is missing.
    public static func decode(_ body: String) throws(LLMError) -> CompletionResponse {
        guard let json = JSONValue.parse(body), case .object(let object) = json else {
            throw .malformedResponse("the body is not a JSON object: \(body.prefix(200))")
        }
        guard case .array(let choices)? = object["choices"], let message = choices.first?["message"] else {
            throw .malformedResponse("no choices[0].message in the response")
        }
        var assembler = OpenAIStreamAssembler()
        var delta = message.objectValue ?? [:]
        delta.removeValue(forKey: "role")
        if case .array(let calls)? = delta["tool_calls"] {
            delta["tool_calls"] = .array(calls.enumerated().map { index, call in
                var fragment = call.objectValue ?? [:]
                fragment["index"] = .integer(Int64(index))
                return .object(fragment)
            })
        }
        var chunk: [String: JSONValue] = ["choices": .array([.object(["delta": .object(delta), "finish_reason": choices.first?["finish_reason"] ?? .null])])]
        if let id = object["id"] { chunk["id"] = id }
        if let usage = object["usage"] { chunk["usage"] = usage }
        _ = assembler.consume(JSONValue.object(chunk).compactJSON)
        for event in assembler.finish() {
            if case .contentComplete(let response) = event { return response }
        }
        throw .malformedResponse("the response could not be assembled")
    }
}
