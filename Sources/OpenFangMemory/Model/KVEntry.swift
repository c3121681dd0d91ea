import FoundationEssentials
import OpenFangTypes

/// One key of a namespace with its JSON value.
public struct KVEntry: Sendable, Hashable, Codable {
    /// The key.
    public var key: String
    /// The value.
    public var value: JSONValue
    /// When it was last written.
    public var updatedAt: Date
}
