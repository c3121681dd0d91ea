import FoundationEssentials
import HTTPTypes
import Hummingbird
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// One agent's detail and lifecycle: `GET|DELETE /api/agents/{id}`, `POST /{id}/stop|start|restart`,
/// `PUT /{id}/model`, `POST /{id}/session/reset` (agents by name or id).
struct AgentLifecycleRoutes: APIRouteGroup {
    /// `GET /api/agents/{id}` answer: the summary plus what it runs with.
    struct Detail: ResponseEncodable {
        var id: String
        var name: String
        var state: String
        var model: String
        var description: String
        var tags: [String]
        var tools: [String]
        var manifestTOML: String
        var sessionID: String
        var budgetStatus: String?

        enum CodingKeys: String, CodingKey {
            case id, name, state, model, description, tags, tools
            case manifestTOML = "manifest_toml"
            case sessionID = "session_id"
            case budgetStatus = "budget_status"
        }
    }

    /// The answer to a state change or model switch.
    struct Changed: ResponseEncodable {
        var agentID: String
        var name: String
        var state: String
        var model: String

        enum CodingKeys: String, CodingKey {
            case name, state, model
            case agentID = "agent_id"
        }
    }

    /// The answer to a session reset.
    struct NewSession: ResponseEncodable {
        var agentID: String
        var sessionID: String

        enum CodingKeys: String, CodingKey {
            case agentID = "agent_id"
            case sessionID = "session_id"
        }
    }

    /// One state-changing verb: path suffix, the state it moves to, and what it says.
    struct Verb {
        var path: String
        var method: HTTPRequest.Method
        var state: AgentState
        var summary: String
    }

    /// The verbs, by table (OpenFang's restart is a resume of a crashed agent here).
    static let verbs: [Verb] = [
        Verb(path: "/api/agents/{id}/stop", method: .post, state: .suspended, summary: "Suspend an agent: its messages are refused until it starts again"),
        Verb(path: "/api/agents/{id}/start", method: .post, state: .running, summary: "Resume a suspended, crashed or over-budget agent"),
        Verb(path: "/api/agents/{id}/restart", method: .post, state: .running, summary: "Restart a crashed agent now (a resume; its session is kept)"),
        Verb(path: "/api/agents/{id}", method: .delete, state: .terminated, summary: "Terminate an agent for good (its cron jobs and triggers are removed)"),
    ]

    let kernel: Kernel

    func register(on routes: APIRoutes) {
        routes.on(
            .get, "/api/agents/{id}", summary: "One agent (by id or name): summary, manifest, session and budget",
            response: "{id, name, state, model, description, tags, tools, manifest_toml, session_id, budget_status?}", cost: 2
        ) { _, context -> Detail in
            let agent = try await kernel.requireAgent(context.parameters.require("id"))
            let session = try await kernel.store.canonicalSession(for: agent.id)
            return Detail(
                id: agent.id.description, name: agent.name, state: agent.state, model: agent.model, description: agent.description, tags: agent.tags,
                tools: agent.tools, manifestTOML: await kernel.manifestSource(of: agent.id.description) ?? "", sessionID: session.id.description,
                budgetStatus: await kernel.budgetStatus(of: agent.id.description))
        }
        for verb in Self.verbs {
            routes.on(verb.method, verb.path, summary: verb.summary, response: "{agent_id, name, state, model}", errors: [409]) { _, context -> Changed in
                let agent = try await kernel.requireAgent(context.parameters.require("id"))
                if agent.state == AgentState.terminated.rawValue {
                    throw APIError(.conflict, "agent \(agent.name) is terminated; spawn it again to use it", code: "agent_terminated")
                }
                try await kernel.setState(verb.state, of: agent.id.description)
                return Changed(agentID: agent.id.description, name: agent.name, state: verb.state.rawValue, model: agent.model)
            }
        }
        routes.on(
            .put, "/api/agents/{id}/model", summary: "Switch an agent's model (persisted in its manifest)",
            body: ["model": .required("`provider/model`, a catalog model id or alias, or `default`")], response: "{agent_id, name, state, model}", cost: 10
        ) { request, context -> Changed in
            let agent = try await kernel.requireAgent(context.parameters.require("id"))
            let spec = try await RequestJSON.read(request, limit: 4_096).string("model")
            let model: String
            do {
                model = try await kernel.setModel(spec, for: agent.id.description, persist: true)
            } catch let error as ModelChoiceError {
                throw APIError(.badRequest, error.description, code: "invalid_model", field: "model")
            }
            return Changed(agentID: agent.id.description, name: agent.name, state: agent.state, model: model)
        }
        routes.on(
            .post, "/api/agents/{id}/session/reset", summary: "Give an agent a fresh, empty session (the old one is kept)",
            response: "{agent_id, session_id}"
        ) { _, context -> NewSession in
            let agent = try await kernel.requireAgent(context.parameters.require("id"))
            let session = try await kernel.startNewSession(for: agent.id.description)
            return NewSession(agentID: agent.id.description, sessionID: session.description)
        }
    }
}
