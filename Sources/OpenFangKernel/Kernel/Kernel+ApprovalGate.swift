import OpenFangRuntime
import OpenFangTypes

extension Kernel: ApprovalGate {
    public func approve(_ request: ApprovalRequest) async -> Bool {
        await approvals.decide(on: request)
    }
}

extension Kernel {
    /// Approves or rejects a waiting tool call on behalf of `caller` (who needs the admin role
    /// when `[[users]]` are configured); false when no such call waits.
    @discardableResult
    public func resolveApproval(_ id: String, approve: Bool, as caller: Caller = .local) async throws -> Bool {
        try access.authorize(caller, .approve)
        return await approvals.resolve(id, approve: approve, by: caller == .local ? "user" : caller.description)
    }
}
