import FoundationEssentials
import Hummingbird
import OpenFangKernel
import OpenFangMemory
import OpenFangTypes

/// `GET|POST /api/triggers`, `PUT|DELETE /api/triggers/{id}`.
struct TriggerRoutes: APIRouteGroup {
    let kernel: Kernel

    func register(on routes: APIRoutes) {
        routes.on(.get, "/api/triggers", summary: "Every trigger with its fire count", response: "[trigger]", cost: 2) { _, _ in
            try JSONResponse(JSONValue.array(try await kernel.triggers().map(view)))
        }
        routes.on(
            .post, "/api/triggers", summary: "Create a trigger: when an event matches `pattern`, the agent gets `prompt`",
            body: [
                "agent": .required("name or id"), "pattern": APIBodyField(.any, "JSON pattern (\"all\", {\"custom\":{\"event_type\":\"x\"}}, …)", required: true),
                "prompt": "with {{event}}", "max_fires": APIBodyField(.integer, "0: no limit", minimum: 0),
                "cooldown_secs": APIBodyField(.integer, "seconds between fires", minimum: 0),
            ], response: "the trigger", cost: 10, status: 201
        ) { request, _ in
            let body = try await RequestJSON.read(request, limit: 64 * 1024)
            guard let pattern = body.fields["pattern"] else { throw APIError(.badRequest, "`pattern` is required", field: "pattern") }
            let patternText = String(decoding: try JSONEncoder.sortedKeys.encode(pattern), as: UTF8.self)
            let trigger = try await kernel.createTrigger(
                agent: try body.string("agent"), pattern: patternText, prompt: try body.optionalString("prompt") ?? "Event: {{event}}",
                maxFires: try number(body, "max_fires"), cooldownSecs: try number(body, "cooldown_secs"))
            return try JSONResponse(view(trigger), status: .created)
        }
        routes.on(.put, "/api/triggers/{id}", summary: "Enable or disable a trigger", body: ["enabled": APIBodyField(.boolean, "true or false", required: true)], response: "the trigger") {
            request, context in
            var trigger = try await find(try context.parameters.require("id"))
            let body = try await RequestJSON.read(request, limit: 4_096)
            guard case .bool(let enabled) = body.fields["enabled"] else { throw APIError(.badRequest, "`enabled` must be true or false", field: "enabled") }
            trigger.enabled = enabled
            try await kernel.store.saveTrigger(trigger)
            return try JSONResponse(view(trigger))
        }
        routes.on(.delete, "/api/triggers/{id}", summary: "Delete a trigger", response: "{deleted}") { _, context in
            try await kernel.deleteTrigger(try await find(try context.parameters.require("id")).id)
            return try JSONResponse(["deleted": true])
        }
    }

    private func find(_ id: String) async throws -> TriggerRecord {
        guard let trigger = try await kernel.triggers().first(where: { $0.id.description == id.lowercased() }) else {
            throw APIError(.notFound, "no trigger \"\(id)\"", code: "unknown_trigger")
        }
        return trigger
    }

    private func number(_ body: RequestJSON, _ name: String) throws -> Int {
        guard let value = body.fields[name], value != .null else { return 0 }
        guard let number = value.intValue, number >= 0 else { throw APIError(.badRequest, "`\(name)` must be a whole number, 0 or more", field: name) }
        return number
    }

    private func view(_ trigger: TriggerRecord) -> JSONValue {
        .object([
            "id": .string(trigger.id.description), "agent_id": .string(trigger.agentID.description), "pattern": .string(trigger.pattern),
            "prompt_template": .string(trigger.promptTemplate), "enabled": .bool(trigger.enabled), "max_fires": .integer(Int64(trigger.maxFires)),
            "cooldown_secs": .integer(Int64(trigger.cooldownSecs)), "fire_count": .integer(Int64(trigger.fireCount)),
            "last_fired_at": trigger.lastFiredAt.map { .string($0.formatted(.iso8601)) } ?? .null, "origin": .string(trigger.origin),
        ])
    }
}
