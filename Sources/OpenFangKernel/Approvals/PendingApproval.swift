import FoundationEssentials
import OpenFangRuntime

/// A tool call waiting for a person.
public struct PendingApproval: Sendable, Hashable {
    /// Its id (for approve/reject).
    public var id: String
    /// What is asked.
    public var request: ApprovalRequest
    /// When it was asked.
    public var requestedAt: Date
}
