import FoundationEssentials
import OpenFangTypes

/// A written audit record: its entry, its place in the chain and the hashes that bind it.
public struct AuditRecord: Sendable, Hashable, Codable {
    /// Position in the chain (1-based).
    public var seq: Int
    /// When it was written.
    public var at: Date
    /// Who acted.
    public var actor: String
    /// What happened.
    public var action: String
    /// To what.
    public var subject: String
    /// Details.
    public var detail: JSONValue
    /// SHA-256 (hex) of the previous record; 64 zeros for the first.
    public var previousHash: String
    /// SHA-256 (hex) of the previous hash and this record's canonical content.
    public var hash: String
}
