#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// An event trigger (pattern → prompt).
public struct TriggerID: UUIDIdentifier {
    /// The UUID.
    public let rawValue: UUID

    /// Wraps a UUID.
    public init(rawValue: UUID) {
        self.rawValue = rawValue
    }
}
