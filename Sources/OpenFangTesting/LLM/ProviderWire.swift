/// Builds scripted replies in one provider's exact wire format, so the same scenarios can run
/// against every driver. Every fixture also carries a field the driver has never heard of.
public protocol ProviderWire: Sendable {
    /// A tool call: id (ignored by formats without ids), name, and arguments as JSON text.
    typealias Call = (id: String, name: String, arguments: String)

    /// A complete, non-streamed text answer.
    static func text(_ text: String) -> ScriptedReply
    /// A streamed text answer in `pieces`.
    static func textStream(_ pieces: [String]) -> ScriptedReply
    /// A non-streamed answer calling `calls` in parallel.
    static func toolCalls(_ calls: [Call]) -> ScriptedReply
    /// A streamed answer calling `calls` in parallel.
    static func toolCallStream(_ calls: [Call]) -> ScriptedReply
    /// A streamed answer that thinks first, then answers.
    static func thinkingStream(thinking: String, text: String) -> ScriptedReply
    /// An error response with the provider's error body.
    static func error(status: Int, message: String, retryAfter: String?) -> ScriptedReply
}
