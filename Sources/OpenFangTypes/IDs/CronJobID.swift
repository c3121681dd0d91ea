#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A scheduled job (`openfang cron`).
public struct CronJobID: UUIDIdentifier {
    /// The UUID.
    public let rawValue: UUID

    /// Wraps a UUID.
    public init(rawValue: UUID) {
        self.rawValue = rawValue
    }
}
