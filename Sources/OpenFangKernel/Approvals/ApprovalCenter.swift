import FoundationEssentials
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// Holds approval-gated tool calls until a person approves or rejects them, or the timeout
/// passes (then they are denied). At most 5 wait per agent; more are denied at once. Every
/// decision is audited and published.
public actor ApprovalCenter {
    struct Entry {
        var pending: PendingApproval
        var decision: Bool?
        var waiter: CheckedContinuation<Bool, Never>?
    }

    /// Waiting calls per agent at most.
    public static let maxPendingPerAgent = 5
    let config: ApprovalConfig
    let audit: any AuditLog
    let events: EventBus
    private var entries: [String: Entry] = [:]
    private var approvedBy: [String: String] = [:]

    /// Creates a center.
    init(config: ApprovalConfig, audit: any AuditLog, events: EventBus) {
        self.config = config
        self.audit = audit
        self.events = events
    }

    /// Waits for the decision on `request`; false when rejected, timed out or over the limit.
    public func decide(on request: ApprovalRequest) async -> Bool {
        if config.autoApprove {
            await record(request, approved: true, by: "auto_approve")
            return true
        }
        let waiting = entries.values.filter { $0.pending.request.agentID == request.agentID && $0.decision == nil }.count
        guard waiting < Self.maxPendingPerAgent else {
            await record(request, approved: false, by: "limit of \(Self.maxPendingPerAgent) pending approvals")
            return false
        }
        let id = "approval-" + UUID().uuidString.prefix(8).lowercased()
        entries[id] = Entry(pending: PendingApproval(id: id, request: request, requestedAt: Date()))
        events.publish(KernelEvent(kind: .approval, agent: request.agentID, payload: .object(["id": .string(id), "requested": .string(request.summary)])))
        let timeout = Duration.seconds(max(config.timeoutSecs, 1))
        let approved = await withTaskGroup(of: Bool?.self) { group in
            group.addTask { await self.wait(id) }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            var decision: Bool?
            while let next = await group.next() {
                if let next {
                    decision = next
                    break
                }
                self.settle(id, approved: false)
            }
            group.cancelAll()
            return decision ?? false
        }
        let by = approvedBy.removeValue(forKey: id) ?? "timeout after \(config.timeoutSecs) s"
        entries[id] = nil
        await record(request, approved: approved, by: by)
        return approved
    }

    /// Calls waiting now, oldest first.
    public func pending() -> [PendingApproval] {
        entries.values.filter { $0.decision == nil }.map(\.pending).sorted { $0.requestedAt < $1.requestedAt }
    }

    /// Approves or rejects a waiting call; false when there is no such call.
    @discardableResult
    public func resolve(_ id: String, approve: Bool, by person: String) -> Bool {
        guard entries[id]?.decision == nil, entries[id] != nil else { return false }
        approvedBy[id] = person
        settle(id, approved: approve)
        return true
    }

    private func wait(_ id: String) async -> Bool {
        if let decided = entries[id]?.decision { return decided }
        return await withCheckedContinuation { continuation in
            if let decided = entries[id]?.decision {
                continuation.resume(returning: decided)
            } else {
                entries[id]?.waiter = continuation
            }
        }
    }

    private func settle(_ id: String, approved: Bool) {
        guard var entry = entries[id], entry.decision == nil else { return }
        entry.decision = approved
        let waiter = entry.waiter
        entry.waiter = nil
        entries[id] = entry
        waiter?.resume(returning: approved)
    }

    private func record(_ request: ApprovalRequest, approved: Bool, by: String) async {
        _ = try? await audit.appendAudit(AuditEntry(
            actor: by, action: approved ? "approval.approved" : "approval.denied", subject: "agent:\(request.agentID)",
            detail: .object(["tool": .string(request.tool), "summary": .string(request.summary)])))
        events.publish(KernelEvent(kind: .approval, agent: request.agentID, payload: .object(["decision": .string(approved ? "approved" : "denied"), "by": .string(by)])))
    }
}
