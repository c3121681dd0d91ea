import OpenFangTypes

/// A session with its messages, in order, exactly as stored.
public struct Session: Sendable, Hashable {
    /// The header.
    public var record: SessionRecord
    /// The messages.
    public var messages: [Message]
}
