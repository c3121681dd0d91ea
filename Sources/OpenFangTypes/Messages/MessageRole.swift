/// Who wrote a message.
public enum MessageRole: String, Sendable, Hashable, Codable, CaseIterable {
    case system, user, assistant
}
