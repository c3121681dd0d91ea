extension ContentBlock: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, text, id, name, input, content, thinking, signature, data
        case providerMetadata = "provider_metadata"
        case mediaType = "media_type"
        case toolUseID = "tool_use_id"
        case toolName = "tool_name"
        case isError = "is_error"
    }

    /// Decodes a tagged block; an unknown `type` is kept whole as ``unknown(_:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "text":
            self = .text(
                try container.decode(String.self, forKey: .text),
                providerMetadata: try container.decodeIfPresent(JSONValue.self, forKey: .providerMetadata))
        case "image":
            self = .image(
                mediaType: try container.decode(ImageMediaType.self, forKey: .mediaType),
                data: try container.decode(String.self, forKey: .data))
        case "tool_use":
            self = .toolUse(
                id: try container.decode(ToolCallID.self, forKey: .id), name: try container.decode(String.self, forKey: .name),
                input: try container.decodeIfPresent(JSONValue.self, forKey: .input) ?? .object([:]),
                providerMetadata: try container.decodeIfPresent(JSONValue.self, forKey: .providerMetadata))
        case "tool_result":
            self = .toolResult(
                toolUseID: try container.decode(ToolCallID.self, forKey: .toolUseID),
                toolName: try container.decodeIfPresent(String.self, forKey: .toolName) ?? "",
                content: try container.decodeIfPresent(String.self, forKey: .content) ?? "",
                isError: try container.decodeIfPresent(Bool.self, forKey: .isError) ?? false)
        case "thinking":
            self = .thinking(
                try container.decode(String.self, forKey: .thinking),
                signature: try container.decodeIfPresent(String.self, forKey: .signature),
                providerMetadata: try container.decodeIfPresent(JSONValue.self, forKey: .providerMetadata))
        case "redacted_thinking":
            self = .redactedThinking(data: try container.decode(String.self, forKey: .data))
        default:
            self = .unknown(try JSONValue(from: decoder))
        }
    }

    /// Encodes the tagged form; unknown blocks are written back exactly as they came.
    public func encode(to encoder: any Encoder) throws {
        if case .unknown(let raw) = self {
            try raw.encode(to: encoder)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let text, let metadata):
            try container.encode("text", forKey: .type)
            try container.encode(text, forKey: .text)
            try container.encodeIfPresent(metadata, forKey: .providerMetadata)
        case .image(let mediaType, let data):
            try container.encode("image", forKey: .type)
            try container.encode(mediaType, forKey: .mediaType)
            try container.encode(data, forKey: .data)
        case .toolUse(let id, let name, let input, let metadata):
            try container.encode("tool_use", forKey: .type)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(input, forKey: .input)
            try container.encodeIfPresent(metadata, forKey: .providerMetadata)
        case .toolResult(let id, let toolName, let content, let isError):
            try container.encode("tool_result", forKey: .type)
            try container.encode(id, forKey: .toolUseID)
            try container.encode(toolName, forKey: .toolName)
            try container.encode(content, forKey: .content)
            try container.encode(isError, forKey: .isError)
        case .thinking(let thinking, let signature, let metadata):
            try container.encode("thinking", forKey: .type)
            try container.encode(thinking, forKey: .thinking)
            try container.encodeIfPresent(signature, forKey: .signature)
            try container.encodeIfPresent(metadata, forKey: .providerMetadata)
        case .redactedThinking(let data):
            try container.encode("redacted_thinking", forKey: .type)
            try container.encode(data, forKey: .data)
        case .unknown:
            break
        }
    }
}
