import Foundation

/// Anthropic Messages API fixtures.
public enum AnthropicWire: ProviderWire {
    static let start = (event: "message_start", data: #"{"type":"message_start","message":{"id":"msg_t","type":"message","role":"assistant","model":"claude","content":[],"stop_reason":null,"usage":{"input_tokens":11,"output_tokens":1,"cache_read_input_tokens":0}}}"#)

    static func stop(_ reason: String) -> [(event: String?, data: String)] {
        [("message_delta", #"{"type":"message_delta","delta":{"stop_reason":"\#(reason)","stop_sequence":null},"usage":{"output_tokens":7}}"#),
         ("message_stop", #"{"type":"message_stop"}"#)]
    }

    public static func text(_ text: String) -> ScriptedReply {
        .json(#"{"id":"msg_t","type":"message","role":"assistant","model":"claude","content":[{"type":"text","text":"\#(text)","citations":null}],"stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":11,"output_tokens":7,"service_tier":"standard"}}"#)
    }

    public static func textStream(_ pieces: [String]) -> ScriptedReply {
        var events: [(event: String?, data: String)] = [start, ("content_block_start", #"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#), ("ping", #"{"type":"ping"}"#)]
        events += pieces.map { ("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"\#($0)"}}"#) }
        events.append(("content_block_stop", #"{"type":"content_block_stop","index":0}"#))
        return .eventStream(events + stop("end_turn"))
    }

    public static func toolCalls(_ calls: [Call]) -> ScriptedReply {
        let blocks = calls.map { #"{"type":"tool_use","id":"\#($0.id)","name":"\#($0.name)","input":\#($0.arguments)}"# }.joined(separator: ",")
        return .json(#"{"id":"msg_c","type":"message","role":"assistant","content":[\#(blocks)],"stop_reason":"tool_use","usage":{"input_tokens":11,"output_tokens":7}}"#)
    }

    public static func toolCallStream(_ calls: [Call]) -> ScriptedReply {
        var events: [(event: String?, data: String)] = [start]
        for (index, call) in calls.enumerated() {
            events.append(("content_block_start", #"{"type":"content_block_start","index":\#(index),"content_block":{"type":"tool_use","id":"\#(call.id)","name":"\#(call.name)","input":{}}}"#))
            let middle = call.arguments.index(call.arguments.startIndex, offsetBy: call.arguments.count / 2)
            for part in [String(call.arguments[..<middle]), String(call.arguments[middle...])] {
                events.append(("content_block_delta", #"{"type":"content_block_delta","index":\#(index),"delta":{"type":"input_json_delta","partial_json":\#(OpenAIWire.quoted(part))}}"#))
            }
            events.append(("content_block_stop", #"{"type":"content_block_stop","index":\#(index)}"#))
        }
        return .eventStream(events + stop("tool_use"))
    }

    public static func thinkingStream(thinking: String, text: String) -> ScriptedReply {
        .eventStream([start,
            ("content_block_start", #"{"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":""}}"#),
            ("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"\#(thinking)"}}"#),
            ("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"c2ln"}}"#),
            ("content_block_stop", #"{"type":"content_block_stop","index":0}"#),
            ("content_block_start", #"{"type":"content_block_start","index":1,"content_block":{"type":"text","text":""}}"#),
            ("content_block_delta", #"{"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"\#(text)"}}"#),
            ("content_block_stop", #"{"type":"content_block_stop","index":1}"#),
        ] + stop("end_turn"))
    }

    public static func error(status: Int, message: String, retryAfter: String?) -> ScriptedReply {
        let type = status == 529 ? "overloaded_error" : status == 429 ? "rate_limit_error" : "invalid_request_error"
        return .error(status, #"{"type":"error","error":{"type":"\#(type)","message":"\#(message)"}}"#, retryAfter: retryAfter)
    }
}
