import FoundationEssentials
import Hummingbird
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// `GET /api/approvals` and `POST /api/approvals/{id}/approve|reject`.
struct ApprovalRoutes: APIRouteGroup {
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

    func register(on routes: APIRoutes) {
        routes.on(.get, "/api/approvals", summary: "Tool calls waiting for a person, oldest first", response: "[{id, agent_id, tool, summary, requested_at}]") {
            _, _ -> [Pending] in
            await kernel.approvals.pending().map {
                Pending(
                    id: $0.id, agentID: $0.request.agentID.description, tool: $0.request.tool, summary: $0.request.summary,
                    requestedAt: $0.requestedAt.formatted(.iso8601))
            }
        }
        for (verb, approve) in [("approve", true), ("reject", false)] {
            routes.on(.post, "/api/approvals/{id}/\(verb)", summary: approve ? "Let a waiting tool call run" : "Refuse a waiting tool call", response: "{id, status}") {
                _, context -> Decision in
                let id = try context.parameters.require("id")
                guard try await kernel.resolveApproval(id, approve: approve) else {
                    throw APIError(.notFound, "no pending approval \"\(id)\" (it was decided, timed out, or never existed)", code: "unknown_approval")
                }
                return Decision(id: id, status: approve ? "approved" : "rejected")
            }
        }
    }
}
