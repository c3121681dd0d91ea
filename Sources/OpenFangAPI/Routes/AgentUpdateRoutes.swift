import Hummingbird
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// `PATCH /api/agents/{id}`: change an agent's name, description, system prompt or model; each
/// change is written into the stored manifest, so it survives a restart.
struct AgentUpdateRoutes: APIRouteGroup {
    /// The answer: the agent as it is now.
    struct Updated: ResponseEncodable {
        var status: String
        var agentID: String
        var name: String
        var description: String
        var model: String

        enum CodingKeys: String, CodingKey {
            case status, name, description, model
            case agentID = "agent_id"
        }
    }

    /// The fields the body may carry.
    static let fields = ["description", "model", "name", "system_prompt"]

    let kernel: Kernel

    func register(on routes: APIRoutes) {
        routes.on(
            .patch, "/api/agents/{id}", summary: "Change an agent's name, description, system prompt or model (all or nothing; persisted in its manifest)",
            body: ["name": "a new unique name", "description": "a new description", "system_prompt": "a new system prompt", "model": "as PUT /model"],
            response: "{status, agent_id, name, description, model}", cost: 10, errors: [409]
        ) { request, context -> Updated in
            let agent = try await kernel.requireAgent(context.parameters.require("id"))
            let body = try await RequestJSON.read(request, limit: 256 * 1024)
            if let field = body.fields.keys.sorted().first(where: { !Self.fields.contains($0) }) {
                throw APIError(.badRequest, "unknown field `\(field)` (this route changes \(Self.fields.joined(separator: ", ")))", field: field)
            }
            let update = AgentUpdate(
                name: try body.optionalString("name"), description: try body.optionalString("description"),
                systemPrompt: try body.optionalString("system_prompt"), model: try body.optionalString("model"))
            guard !update.isEmpty else { throw APIError(.badRequest, "send at least one of \(Self.fields.joined(separator: ", "))") }
            if let name = update.name, let problem = AgentNameRule.problem(with: name) { throw APIError(.badRequest, problem, code: "invalid_name", field: "name") }
            let summary: AgentSummary
            do {
                summary = try await kernel.update(agent.id.description, with: update)
            } catch let error as ModelChoiceError {
                throw APIError(.badRequest, error.description, code: "invalid_model", field: "model")
            }
            return Updated(status: "ok", agentID: summary.id.description, name: summary.name, description: summary.description, model: summary.model)
        }
    }
}
