import OpenFangTypes

/// One message for an agent: the text (and images) plus who sent it.
public struct UserTurn: Sendable, Hashable {
    /// The text.
    public var text: String
    /// Images sent with it.
    public var images: [ContentBlock]
    /// Who sent it (`Message from: …` in the prompt), if known.
    public var sender: String?
    /// How many `agent_send` hops led here (0 for a person).
    public var depth: Int

    /// Creates a turn.
    public init(_ text: String, images: [ContentBlock] = [], sender: String? = nil, depth: Int = 0) {
        self.text = text
        self.images = images
        self.sender = sender
        self.depth = depth
    }
}
