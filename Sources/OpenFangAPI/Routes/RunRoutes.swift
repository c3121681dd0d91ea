import FoundationEssentials
import HTTPTypes
import Hummingbird
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// The run journal: `GET /api/runs?agent=&limit=` and `GET /api/runs/{id}` (steps and token
/// attribution).
struct RunRoutes: APIRouteGroup {
    /// One run.
    struct Run: ResponseEncodable {
        var runID: String
        var agentID: String
        var sessionID: String?
        var status: String
        var startedAt: String
        var endedAt: String?
        var error: String?
        var attribution: JSONValue?
        var steps: [Step]?

        enum CodingKeys: String, CodingKey {
            case status, error, attribution, steps
            case runID = "run_id"
            case agentID = "agent_id"
            case sessionID = "session_id"
            case startedAt = "started_at"
            case endedAt = "ended_at"
        }

        init(_ record: RunRecord, steps: [RunStep]? = nil) {
            runID = record.id.description
            agentID = record.agentID.description
            sessionID = record.sessionID?.description
            status = record.status.rawValue
            startedAt = record.startedAt.formatted(.iso8601)
            endedAt = record.endedAt?.formatted(.iso8601)
            error = record.error
            attribution = steps == nil ? nil : record.attribution
            self.steps = steps.map { $0.map(Step.init) }
        }
    }

    /// One journaled step.
    struct Step: Encodable {
        var seq: Int
        var kind: String
        var payload: JSONValue
        var at: String

        init(_ step: RunStep) {
            seq = step.seq
            kind = step.kind.rawValue
            payload = step.payload
            at = step.at.formatted(.iso8601)
        }
    }

    let kernel: Kernel

    func register(on routes: APIRoutes) {
        routes.on(.get, "/api/runs", summary: "Runs, newest first (`?agent=` name or id, `?limit=` 1–500, default 50)",
            query: ["limit": APIBodyField(.integer, "1 to 500 (default 50)", minimum: 1, maximum: 500), "agent": "an agent's name or id"], response: "[{run_id, agent_id, session_id, status, started_at, ended_at, error}]") {
            request, _ -> [Run] in
            let query = QueryValues(request: request)
            let limit = try query.integer("limit", in: 1...500, default: 50)
            return try await kernel.store.runs(of: kernel.optionalAgent(query), limit: limit).map { Run($0) }
        }
        routes.on(.get, "/api/runs/{id}", summary: "A run with its steps and token attribution", response: "{run_id, agent_id, status, …, attribution, steps: [{seq, kind, payload, at}]}") {
            _, context -> Run in
            let id = try PathID.parse(context.parameters.require("id"), as: RunID.self, what: "run")
            guard let found = try await kernel.store.run(id) else { throw APIError(.notFound, "no run \(id)", code: "unknown_run") }
            return Run(found.record, steps: found.steps)
        }
    }
}
