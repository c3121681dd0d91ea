import FoundationEssentials
import Hummingbird
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// `GET /api/agents`, `POST /api/agents` (spawn) and `POST /api/agents/{id}/message`, in the
/// shapes of OpenFang's API (inventory §10).
struct AgentRoutes: APIRouteGroup {
    /// A message body at most (OpenFang's limit).
    static let maxMessageBytes = 64 * 1024

    /// `POST /api/agents` answer.
    struct Spawned: ResponseEncodable {
        var agentID: String
        var name: String

        enum CodingKeys: String, CodingKey {
            case name
            case agentID = "agent_id"
        }
    }

    let kernel: Kernel

    func register(on routes: APIRoutes) {
        routes.on(.get, "/api/agents", summary: "Every registered agent", response: "[{id, name, state, model, description, tags, tools}]", cost: 2) {
            _, _ -> [AgentSummary] in await kernel.summaries()
        }
        routes.on(
            .post, "/api/agents", summary: "Register (spawn) an agent from agent.toml text or a bundled template",
            body: ["manifest_toml": "the agent.toml text", "template": "a bundled template's name (instead of manifest_toml)"], response: "{agent_id, name}",
            cost: 50, errors: [409]
        ) { request, _ -> Spawned in
            let body = try await RequestJSON.read(request, limit: 256 * 1024)
            let source: String
            let origin: String
            if body.fields["manifest_toml"] != nil, body.fields["template"] != nil {
                throw APIError(.badRequest, "send `manifest_toml` or `template`, not both", field: "template")
            }
            if let manifest = try body.optionalString("manifest_toml") {
                (source, origin) = (manifest, "manifest_toml")
            } else if let name = try body.optionalString("template") {
                guard let template = BundledAgentTemplates.template(named: name) else {
                    throw APIError(.notFound, "no template named \"\(name)\"", code: "unknown_template", field: "template")
                }
                (source, origin) = (template.source, "bundled template \(name)")
            } else {
                throw APIError(.badRequest, "send `manifest_toml` (the agent.toml text) or `template` (a bundled template's name)", field: "manifest_toml")
            }
            let spawned = try await kernel.spawn(source: source, file: origin)
            return Spawned(agentID: spawned.id.description, name: spawned.name)
        }
        routes.on(
            .post, "/api/agents/{id}/message", summary: "Send a message to an agent (by id or name) and wait for its reply",
            body: ["message": .required("the text (at most 64 KB)"), "sender_id": "who sends it", "sender_name": "their name"],
            response: "{response, silent, input_tokens, output_tokens, iterations, run_id, agent_id}", cost: 30, errors: APIBodyField.turnErrors
        ) { request, context -> AgentMessageReply in
            let id = try context.parameters.require("id")
            let body = try await RequestJSON.read(request, limit: Self.maxMessageBytes + 4_096)
            let message = try body.string("message")
            guard message.utf8.count <= Self.maxMessageBytes else { throw APIError(.contentTooLarge, "`message` is longer than 64 KB", field: "message") }
            let sender = try body.optionalString("sender_name") ?? body.optionalString("sender_id")
            let result = try await kernel.send(message, to: id, sender: sender)
            let agentID = await kernel.summary(of: id)?.id.description ?? id
            return AgentMessageReply(result, agentID: agentID)
        }
    }
}

extension AgentSummary: ResponseEncodable {}
