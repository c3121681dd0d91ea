import OpenFangTypes

/// Reads a non-streamed Messages API response by replaying it through the stream assembler.
public enum AnthropicResponseDecoder {
    /// The response in `body`.
    public static func decode(_ body: String) throws(LLMError) -> CompletionResponse {
        guard let json = JSONValue.parse(body), case .array(let blocks)? = json["content"] else {
            throw .malformedResponse("no content array in the response: \(body.prefix(200))")
        }
        var assembler = AnthropicStreamAssembler()
        _ = try assembler.consume(event: nil, data: JSONValue.object([
            "type": .string("message_start"),
            "message": .object(["id": json["id"] ?? .null, "usage": json["usage"] ?? .object([:])]),
        ]).compactJSON)
        for (index, block) in blocks.enumerated() {
            var start = block.objectValue ?? [:]
            if start["type"] == .string("tool_use") { start["input"] = nil }
            _ = try assembler.consume(event: nil, data: JSONValue.object([
                "type": .string("content_block_start"), "index": .integer(Int64(index)), "content_block": .object(start),
            ]).compactJSON)
            if block["type"] == .string("tool_use") {
                _ = try assembler.consume(event: nil, data: JSONValue.object([
                    "type": .string("content_block_delta"), "index": .integer(Int64(index)),
                    "delta": .object(["type": .string("input_json_delta"), "partial_json": .string((block["input"] ?? .object([:])).compactJSON)]),
                ]).compactJSON)
            }
        }
        _ = try assembler.consume(event: nil, data: JSONValue.object([
            "type": .string("message_delta"), "delta": .object(["stop_reason": json["stop_reason"] ?? .null]),
            "usage": .object(["output_tokens": json["usage"]?["output_tokens"] ?? .integer(0)]),
        ]).compactJSON)
        guard case .contentComplete(let response)? = assembler.finish().last else {
            throw .malformedResponse("the response could not be assembled")
        }
        return response
    }
}
