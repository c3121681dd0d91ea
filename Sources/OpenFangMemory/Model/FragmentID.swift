import FoundationEssentials
import OpenFangTypes

/// A stored memory fragment.
public struct FragmentID: UUIDIdentifier {
    /// The UUID.
    public let rawValue: UUID

    /// Wraps a UUID.
    public init(rawValue: UUID) {
        self.rawValue = rawValue
    }
}
