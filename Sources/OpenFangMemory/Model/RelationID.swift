import FoundationEssentials
import OpenFangTypes

/// A knowledge-graph relation.
public struct RelationID: UUIDIdentifier {
    /// The UUID.
    public let rawValue: UUID

    /// Wraps a UUID.
    public init(rawValue: UUID) {
        self.rawValue = rawValue
    }
}
