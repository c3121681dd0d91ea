import FoundationEssentials
import OpenFangTypes

/// A knowledge-graph entity.
public struct EntityID: UUIDIdentifier {
    /// The UUID.
    public let rawValue: UUID

    /// Wraps a UUID.
    public init(rawValue: UUID) {
        self.rawValue = rawValue
    }
}
