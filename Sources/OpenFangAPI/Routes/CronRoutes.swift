import FoundationEssentials
import Hummingbird
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// `GET|POST /api/cron/jobs`, `DELETE /api/cron/jobs/{id}`, `PUT /api/cron/jobs/{id}/enable`,
/// `PUT /api/cron/jobs/{id}/disable`, `GET /api/cron/jobs/{id}/status`, `POST /api/cron/jobs/{id}/run`.
struct CronRoutes: APIRouteGroup {
    let kernel: Kernel

    func register(on routes: APIRoutes) {
        routes.on(.get, "/api/cron/jobs", summary: "Every cron job with its next and last run", response: "[job]", cost: 2) { _, _ in
            try JSONResponse(JSONValue.array(try await kernel.cronJobs().map(view)))
        }
        routes.on(
            .post, "/api/cron/jobs", summary: "Create a cron job",
            body: [
                "agent": .required("name or id"), "name": .required("unique per agent"), "schedule": .required("cron, every 5m, daily at 9am, at <ISO time>"),
                "prompt": .required("what the agent gets"), "missed": "skip (default), once or catch_up:N",
            ], response: "the job", cost: 10, status: 201
        ) { request, _ in
            let body = try await RequestJSON.read(request, limit: 64 * 1024)
            let job = try await kernel.createCronJob(
                agent: try body.string("agent"), name: try body.string("name"), schedule: try body.string("schedule"), prompt: try body.string("prompt"),
                missed: try body.optionalString("missed") ?? "skip")
            return try JSONResponse(view(job), status: .created)
        }
        routes.on(.delete, "/api/cron/jobs/{id}", summary: "Delete a cron job (id, id prefix or agent/name)", response: "{deleted}") { _, context in
            try await kernel.deleteCronJob(try jobReference(context))
            return try JSONResponse(["deleted": true])
        }
        for (verb, enabled) in [("enable", true), ("disable", false)] {
            routes.on(.put, "/api/cron/jobs/{id}/\(verb)", summary: enabled ? "Enable a job (its schedule starts now)" : "Disable a job", response: "the job") { _, context in
                try JSONResponse(view(try await kernel.setCronJobEnabled(try jobReference(context), enabled)))
            }
        }
        routes.on(.get, "/api/cron/jobs/{id}/status", summary: "One job: next and last run, errors", response: "the job", cost: 1) { _, context in
            try JSONResponse(view(try await kernel.cronJob(try jobReference(context))))
        }
        routes.on(.post, "/api/cron/jobs/{id}/run", summary: "Run a job now and wait for the agent's reply", response: "{response, run_id} or the error", cost: 100, errors: APIBodyField.turnErrors) {
            _, context in
            let job = try await kernel.cronJob(try jobReference(context))
            let result = try await kernel.execute(CronFire(runningNow: job)).get()
            return try JSONResponse(["response": result.response, "run_id": result.runID.description])
        }
    }

    /// The `{id}` parameter: an id, an id prefix or a percent-encoded `agent%2Fname`.
    private func jobReference(_ context: APIRequestContext) throws -> String {
        let raw = try context.parameters.require("id")
        return PercentEncoding.decode(raw) ?? raw
    }

    private func view(_ job: CronJob) -> JSONValue {
        let record = job.record
        return .object([
            "id": .string(record.id.description), "agent_id": .string(record.agentID.description), "name": .string(record.name),
            "schedule": .string(record.schedule), "prompt": .string(record.prompt), "missed": .string(record.missed), "enabled": .bool(record.enabled),
            "origin": .string(record.origin), "next_run": job.next(after: Date()).map { .string($0.formatted(.iso8601)) } ?? .null,
            "last_run": record.lastRunAt.map { .string($0.formatted(.iso8601)) } ?? .null, "run_count": .integer(Int64(record.runCount)),
            "consecutive_errors": .integer(Int64(record.consecutiveErrors)), "last_error": record.lastError.map(JSONValue.string) ?? .null,
        ])
    }
}
