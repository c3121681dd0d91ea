/// One block of message content, tagged by `type` on the wire as OpenFang stores it.
public enum ContentBlock: Sendable, Hashable {
    /// Plain text; `providerMetadata` carries provider-specific extras verbatim.
    case text(String, providerMetadata: JSONValue? = nil)
    /// A base64-encoded image.
    case image(mediaType: ImageMediaType, data: String)
    /// The model asks to call a tool.
    case toolUse(id: ToolCallID, name: String, input: JSONValue, providerMetadata: JSONValue? = nil)
    /// The result of a tool call, sent back to the model.
    case toolResult(toolUseID: ToolCallID, toolName: String, content: String, isError: Bool)
    /// Visible reasoning; `signature` must be sent back byte for byte.
    case thinking(String, signature: String?, providerMetadata: JSONValue? = nil)
    /// Reasoning the provider encrypted; sent back as is.
    case redactedThinking(data: String)
    /// A block type we do not know, kept verbatim so nothing is lost.
    case unknown(JSONValue)

    /// The text of a text block.
    public var text: String? {
        if case .text(let text, _) = self { return text }
        return nil
    }
}
