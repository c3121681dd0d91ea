import FoundationEssentials
import OpenFangTypes

/// OpenAI chat messages → OpenFang messages: `system`/`developer` → system, `user` → user (text
/// and `image_url` data-URI parts), `assistant` → text plus `tool_calls` as tool-use blocks,
/// `tool` → a tool result (named after the call it answers). Errors name the field, e.g.
/// `messages[2].content`.
struct ChatMessageParser {
    /// Parses one message (`fields`, at `path`).
    typealias Parse = @Sendable (inout ChatMessageParser, _ fields: [String: JSONValue], _ path: String) throws -> Message

    /// Parsers by role (by table).
    static let parsers: [String: Parse] = [
        "system": { try $0.system($1, at: $2) }, "developer": { try $0.system($1, at: $2) },
        "user": { try $0.user($1, at: $2) }, "assistant": { try $0.assistant($1, at: $2) }, "tool": { try $0.tool($1, at: $2) },
    ]

    /// Tool names by call id, from the assistant messages seen so far.
    private var toolNames: [String: String] = [:]

    /// Every message, in order.
    mutating func parse(_ items: [JSONValue]) throws -> [Message] {
        var messages: [Message] = []
        for (index, item) in items.enumerated() {
            let path = "messages[\(index)]"
            guard let fields = item.objectValue else { throw OpenAIError.invalid(path, "`\(path)` must be an object with `role` and `content`") }
            let role = fields["role"]?.stringValue ?? ""
            guard let parse = Self.parsers[role] else {
                throw OpenAIError.invalid(path + ".role", "`\(path).role` must be one of system, developer, user, assistant, tool")
            }
            messages.append(try parse(&self, fields, path))
        }
        return messages
    }

    func system(_ fields: [String: JSONValue], at path: String) throws -> Message {
        Message(role: .system, content: .text(try Self.blocks(fields["content"], at: path + ".content").compactMap(\.text).joined(separator: "\n")))
    }

    func user(_ fields: [String: JSONValue], at path: String) throws -> Message {
        let blocks = try Self.blocks(fields["content"], at: path + ".content", images: true)
        if blocks.count == 1, let text = blocks[0].text { return .user(text) }
        return Message(role: .user, content: .blocks(blocks))
    }

    mutating func assistant(_ fields: [String: JSONValue], at path: String) throws -> Message {
        var blocks = try Self.blocks(fields["content"], at: path + ".content", optional: true)
        for (index, call) in (fields["tool_calls"]?.arrayValue ?? []).enumerated() {
            let callPath = "\(path).tool_calls[\(index)]"
            guard let id = call["id"]?.stringValue, let name = call["function"]?["name"]?.stringValue else {
                throw OpenAIError.invalid(callPath, "`\(callPath)` needs `id` and `function.name`")
            }
            let arguments = call["function"]?["arguments"]?.stringValue ?? "{}"
            let input = (try? JSONDecoder().decode(JSONValue.self, from: Data(arguments.utf8))) ?? .string(arguments)
            toolNames[id] = name
            blocks.append(.toolUse(id: ToolCallID(id), name: name, input: input))
        }
        return Message(role: .assistant, content: .blocks(blocks))
    }

    func tool(_ fields: [String: JSONValue], at path: String) throws -> Message {
        guard let id = fields["tool_call_id"]?.stringValue else {
            throw OpenAIError.invalid(path + ".tool_call_id", "`\(path).tool_call_id` is required (the id of the call this answers)")
        }
        let text = try Self.blocks(fields["content"], at: path + ".content").compactMap(\.text).joined(separator: "\n")
        return Message(role: .user, content: .blocks([.toolResult(toolUseID: ToolCallID(id), toolName: toolNames[id] ?? "unknown", content: text, isError: false)]))
    }

    /// A `content`: a string or an array of parts (`text`; with `images`, `image_url` data URIs).
    static func blocks(_ value: JSONValue?, at path: String, optional: Bool = false, images: Bool = false) throws -> [ContentBlock] {
        switch value {
        case .string(let text)?: return [.text(text)]
        case nil where optional, .null? where optional: return []
        case .array(let parts)?:
            return try parts.enumerated().map { index, part in try Self.part(part, at: "\(path)[\(index)]", images: images) }
        default: throw OpenAIError.invalid(path, "`\(path)` must be a string or an array of content parts")
        }
    }

    /// One content part.
    static func part(_ part: JSONValue, at path: String, images: Bool) throws -> ContentBlock {
        switch part["type"]?.stringValue {
        case "text":
            guard let text = part["text"]?.stringValue else { throw OpenAIError.invalid(path + ".text", "`\(path).text` must be a string") }
            return .text(text)
        case "image_url" where images:
            let url = part["image_url"]?["url"]?.stringValue ?? ""
            guard let image = imageBlock(dataURI: url) else {
                throw OpenAIError.invalid(path + ".image_url.url", "`\(path).image_url.url` must be a data: URI (base64 PNG, JPEG, GIF or WebP); the daemon fetches no URLs")
            }
            return image
        default:
            throw OpenAIError.invalid(path + ".type", "`\(path).type` must be \(images ? "\"text\" or \"image_url\"" : "\"text\"")")
        }
    }

    /// `data:image/png;base64,…` → an image block.
    static func imageBlock(dataURI: String) -> ContentBlock? {
        guard dataURI.hasPrefix("data:"), let comma = dataURI.firstIndex(of: ",") else { return nil }
        let header = dataURI[dataURI.index(dataURI.startIndex, offsetBy: 5)..<comma]
        guard header.hasSuffix(";base64"), let type = ImageMediaType(rawValue: String(header.dropLast(7))) else { return nil }
        let payload = dataURI[dataURI.index(after: comma)...]
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=".utf8)
        guard !payload.isEmpty, payload.utf8.count % 4 == 0, payload.utf8.allSatisfy(alphabet.contains) else { return nil }
        return .image(mediaType: type, data: String(payload))
    }
}
