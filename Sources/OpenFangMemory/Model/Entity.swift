import FoundationEssentials
import OpenFangTypes

/// A thing the knowledge graph knows about.
public struct Entity: Sendable, Hashable, Codable {
    /// Its id.
    public var id: EntityID
    /// Its name (`Alice`, `OpenFang`).
    public var name: String
    /// Its type (`person`, `project`, …).
    public var type: String
    /// Free-form properties.
    public var properties: [String: JSONValue]
    /// When it was added.
    public var createdAt: Date
}
