/// One message of a conversation, as OpenFang stores it in sessions.
public struct Message: Sendable, Hashable, Codable {
    /// Our id for the message (UUIDv4, assigned when it is created).
    public var id: MessageID
    /// The provider's id for the response that produced it, if any.
    public var providerMessageID: String?
    /// Who wrote it.
    public var role: MessageRole
    /// The body.
    public var content: MessageContent

    enum CodingKeys: String, CodingKey {
        case id = "msg_id"
        case providerMessageID = "provider_msg_id"
        case role, content
    }

    /// Creates a message with a fresh id.
    public init(role: MessageRole, content: MessageContent, id: MessageID = .random(), providerMessageID: String? = nil) {
        self.id = id
        self.providerMessageID = providerMessageID
        self.role = role
        self.content = content
    }

    /// A user message with plain text.
    public static func user(_ text: String) -> Message { Message(role: .user, content: .text(text)) }

    /// An assistant message with plain text.
    public static func assistant(_ text: String) -> Message { Message(role: .assistant, content: .text(text)) }

    /// Decodes a message; a missing `msg_id` (older sessions) gets a fresh one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decodeIfPresent(MessageID.self, forKey: .id) ?? .random()
        self.providerMessageID = try container.decodeIfPresent(String.self, forKey: .providerMessageID)
        self.role = try container.decode(MessageRole.self, forKey: .role)
        self.content = try container.decode(MessageContent.self, forKey: .content)
    }
}
