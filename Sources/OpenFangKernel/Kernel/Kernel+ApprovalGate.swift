import OpenFangRuntime

extension Kernel: ApprovalGate {
    public func approve(_ request: ApprovalRequest) async -> Bool {
        await approvals.decide(on: request)
    }
}
