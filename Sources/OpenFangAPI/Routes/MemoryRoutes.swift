import FoundationEssentials
import HTTPTypes
import Hummingbird
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// An agent's key-value memory: `GET /api/memory/agents/{id}/kv` and `GET|PUT|DELETE
/// /api/memory/agents/{id}/kv/{key}` (values are any JSON).
struct MemoryRoutes: APIRouteGroup {
    /// The longest key accepted, in bytes.
    static let maxKeyBytes = 256
    /// The largest value body accepted, in bytes.
    static let maxValueBytes = 256 * 1024

    /// One entry.
    struct Entry: ResponseEncodable {
        var key: String
        var value: JSONValue
        var updatedAt: String?

        enum CodingKeys: String, CodingKey {
            case key, value
            case updatedAt = "updated_at"
        }
    }

    /// Every entry of an agent.
    struct Listing: ResponseEncodable {
        var agentID: String
        var kvPairs: [Entry]

        enum CodingKeys: String, CodingKey {
            case agentID = "agent_id"
            case kvPairs = "kv_pairs"
        }
    }

    /// The answer to a write or delete.
    struct Changed: ResponseEncodable {
        var key: String
        var status: String
    }

    let kernel: Kernel

    func register(on routes: APIRoutes) {
        routes.on(.get, "/api/memory/agents/{id}/kv", summary: "Every key of an agent's memory, sorted", response: "{agent_id, kv_pairs: [{key, value, updated_at}]}", cost: 2) {
            _, context -> Listing in
            let agent = try await kernel.requireAgent(context.parameters.require("id"))
            let entries = try await kernel.store.entries(in: .agent(agent.id))
            return Listing(agentID: agent.id.description, kvPairs: entries.map { Entry(key: $0.key, value: $0.value, updatedAt: $0.updatedAt.formatted(.iso8601)) })
        }
        routes.on(.get, "/api/memory/agents/{id}/kv/{key}", summary: "One key of an agent's memory", response: "{key, value}", cost: 2) { _, context -> Entry in
            let (agent, key) = try await target(context)
            guard let value = try await kernel.store.value(forKey: key, in: .agent(agent)) else {
                throw APIError(.notFound, "no key \"\(key)\" in this agent's memory", code: "unknown_key", field: "key")
            }
            return Entry(key: key, value: value)
        }
        routes.on(.put, "/api/memory/agents/{id}/kv/{key}", summary: "Store a JSON value under a key", body: ["value": APIBodyField(.any, "any JSON value", required: true)], response: "{key, status: \"stored\"}") {
            request, context -> Changed in
            let (agent, key) = try await target(context)
            guard let value = try await RequestJSON.read(request, limit: Self.maxValueBytes).fields["value"] else {
                throw APIError(.badRequest, "`value` is required (any JSON value)", field: "value")
            }
            try await kernel.store.setValue(value, forKey: key, in: .agent(agent))
            return Changed(key: key, status: "stored")
        }
        routes.on(.delete, "/api/memory/agents/{id}/kv/{key}", summary: "Remove a key", response: "{key, status: \"deleted\"}") { _, context -> Changed in
            let (agent, key) = try await target(context)
            guard try await kernel.store.removeValue(forKey: key, in: .agent(agent)) else {
                throw APIError(.notFound, "no key \"\(key)\" in this agent's memory", code: "unknown_key", field: "key")
            }
            return Changed(key: key, status: "deleted")
        }
    }

    /// The agent and key a request names (the key percent-decoded, 1 to 256 bytes).
    private func target(_ context: APIRequestContext) async throws -> (AgentID, String) {
        let agent = try await kernel.requireAgent(context.parameters.require("id"))
        let raw = try context.parameters.require("key")
        let key = PercentEncoding.decode(raw) ?? raw
        guard !key.isEmpty, key.utf8.count <= Self.maxKeyBytes else {
            throw APIError(.badRequest, "`key` must have 1 to \(Self.maxKeyBytes) bytes", field: "key")
        }
        return (agent.id, key)
    }
}
