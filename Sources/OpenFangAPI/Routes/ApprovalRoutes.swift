import Foundation
import Hummingbird
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// `GET /api/approvals` and `POST /api/approvals/{id}/approve|reject`.
struct ApprovalRoutes: Sendable {
    /// A call waiting for a person.
    struct Pending: ResponseEncodable {
        var id: String
        var agentID: String
        var tool: String
        var summary: String
        var requestedAt: String

        enum CodingKeys: String, CodingKey {
            case id, tool, summary
            case agentID = "agent_id"
            case requestedAt = "requested_at"
        }
    }

    /// A decision taken.
    struct Decision: ResponseEncodable {
        var id: String
        var status: String
    }

    let kernel: Kernel

    func addRoutes(to group: RouterGroup<BasicRequestContext>) {
        group.get("approvals") { _, _ -> [Pending] in
            await kernel.approvals.pending().map {
                Pending(
                    id: $0.id, agentID: $0.request.agentID.description, tool: $0.request.tool, summary: $0.request.summary,
                    requestedAt: $0.requestedAt.formatted(.iso8601))
            }
        }
        for (verb, approve) in [("approve", true), ("reject", false)] {
            group.post("approvals/:id/\(verb)") { _, context -> Decision in
                let id = try context.parameters.require("id")
                guard try await kernel.resolveApproval(id, approve: approve) else {
                    throw APIError(.notFound, "no pending approval \"\(id)\" (it was decided, timed out, or never existed)")
                }
                return Decision(id: id, status: approve ? "approved" : "rejected")
            }
        }
    }
}
