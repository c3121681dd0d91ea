import Foundation

/// Gemini `generateContent` fixtures.
public enum GeminiWire: ProviderWire {
    static let usage = #""usageMetadata":{"promptTokenCount":11,"candidatesTokenCount":7,"totalTokenCount":18,"thoughtsTokenCount":0},"modelVersion":"gemini-2.5-flash""#

    static func chunk(_ parts: String, finish: String? = nil) -> String {
        #"{"candidates":[{"content":{"role":"model","parts":[\#(parts)]}\#(finish.map { ",\"finishReason\":\"\($0)\"" } ?? ""),"index":0,"safetyRatings":[]}],\#(usage)}"#
    }

    public static func text(_ text: String) -> ScriptedReply { .json(chunk(#"{"text":"\#(text)"}"#, finish: "STOP")) }

    public static func textStream(_ pieces: [String]) -> ScriptedReply {
        .eventStream(pieces.enumerated().map { (nil, chunk(#"{"text":"\#($1)"}"#, finish: $0 == pieces.count - 1 ? "STOP" : nil)) })
    }

    static func parts(_ calls: [Call]) -> String {
        calls.map { #"{"functionCall":{"name":"\#($0.name)","args":\#($0.arguments)},"thoughtSignature":"sig-\#($0.id)"}"# }.joined(separator: ",")
    }

    public static func toolCalls(_ calls: [Call]) -> ScriptedReply { .json(chunk(parts(calls), finish: "STOP")) }

    public static func toolCallStream(_ calls: [Call]) -> ScriptedReply {
        .eventStream([(nil, chunk(parts(calls), finish: "STOP"))])
    }

    public static func thinkingStream(thinking: String, text: String) -> ScriptedReply {
        .eventStream([(nil, chunk(#"{"text":"\#(thinking)","thought":true}"#)), (nil, chunk(#"{"text":"\#(text)"}"#, finish: "STOP"))])
    }

    public static func error(status: Int, message: String, retryAfter: String?) -> ScriptedReply {
        let state = status == 429 ? "RESOURCE_EXHAUSTED" : status == 404 ? "NOT_FOUND" : "INVALID_ARGUMENT"
        return .error(status, #"{"error":{"code":\#(status),"message":"\#(message)","status":"\#(state)"}}"#, retryAfter: retryAfter)
    }
}
