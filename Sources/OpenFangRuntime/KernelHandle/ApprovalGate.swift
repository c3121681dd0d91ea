/// Where approval-gated tool calls wait for a human (the kernel implements it).
public protocol ApprovalGate: Sendable {
    /// Whether the call may run; returns false when denied or timed out.
    func approve(_ request: ApprovalRequest) async -> Bool
}
