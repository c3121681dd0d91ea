import FoundationEssentials
import OpenFangTypes

/// A directed, typed edge between two entities.
public struct Relation: Sendable, Hashable, Codable {
    /// Its id.
    public var id: RelationID
    /// Where the edge starts.
    public var source: EntityID
    /// What the edge means (`works_on`, `knows`).
    public var relation: String
    /// Where the edge ends.
    public var target: EntityID
    /// How sure we are (0…1).
    public var confidence: Double
    /// Free-form properties.
    public var properties: [String: JSONValue]
    /// When it was added.
    public var createdAt: Date
}
