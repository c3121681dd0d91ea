import Foundation

/// OpenAI chat-completions fixtures.
public enum OpenAIWire: ProviderWire {
    static let usage = #""usage":{"prompt_tokens":11,"completion_tokens":7,"future_field":{"x":1}}"#

    public static func text(_ text: String) -> ScriptedReply {
        .json(#"{"id":"chatcmpl-t","object":"chat.completion","system_fingerprint":"fp","choices":[{"index":0,"message":{"role":"assistant","content":"\#(text)","refusal":null},"logprobs":null,"finish_reason":"stop"}],\#(usage)}"#)
    }

    public static func textStream(_ pieces: [String]) -> ScriptedReply {
        .eventStream(pieces.map { (nil, #"{"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"\#($0)"},"logprobs":null}]}"#) }
            + [(nil, #"{"id":"c","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}"#), (nil, "{\"id\":\"c\",\"choices\":[],\(usage)}"), (nil, "[DONE]")])
    }

    static func callJSON(_ call: Call, index: Int) -> String {
        #"{"index":\#(index),"id":"\#(call.id)","type":"function","function":{"name":"\#(call.name)","arguments":\#(quoted(call.arguments))}}"#
    }

    public static func toolCalls(_ calls: [Call]) -> ScriptedReply {
        let list = calls.enumerated().map { callJSON($1, index: $0) }.joined(separator: ",")
        return .json(#"{"id":"chatcmpl-c","choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[\#(list)]},"finish_reason":"tool_calls"}],\#(usage)}"#)
    }

    public static func toolCallStream(_ calls: [Call]) -> ScriptedReply {
        var events: [(event: String?, data: String)] = []
        for (index, call) in calls.enumerated() {
            let head = #"{"index":\#(index),"id":"\#(call.id)","type":"function","function":{"name":"\#(call.name)","arguments":""}}"#
            events.append((nil, #"{"choices":[{"index":0,"delta":{"tool_calls":[\#(head)]}}]}"#))
        }
        for (index, call) in calls.enumerated() {
            let middle = call.arguments.index(call.arguments.startIndex, offsetBy: call.arguments.count / 2)
            for part in [String(call.arguments[..<middle]), String(call.arguments[middle...])] {
                events.append((nil, #"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":\#(index),"function":{"arguments":\#(quoted(part))}}]}}]}"#))
            }
        }
        events += [(nil, #"{"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}"#), (nil, "{\"choices\":null,\(usage)}"), (nil, "[DONE]")]
        return .eventStream(events)
    }

    public static func thinkingStream(thinking: String, text: String) -> ScriptedReply {
        .eventStream([
            (nil, #"{"choices":[{"index":0,"delta":{"reasoning_content":"\#(thinking)"}}]}"#),
            (nil, #"{"choices":[{"index":0,"delta":{"content":"\#(text)"},"finish_reason":"stop"}]}"#), (nil, "{\"choices\":[],\(usage)}"), (nil, "[DONE]"),
        ])
    }

    public static func error(status: Int, message: String, retryAfter: String?) -> ScriptedReply {
        .error(status, #"{"error":{"message":"\#(message)","type":"invalid_request_error","code":null}}"#, retryAfter: retryAfter)
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
