import FoundationEssentials
import Hummingbird
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// `GET /api/health/detail`, `/api/status`, `/api/version`, `POST /api/shutdown` (this machine only).
struct SystemRoutes: APIRouteGroup {
    let kernel: Kernel
    let version: String
    let onShutdown: @Sendable () async -> Void

    func register(on routes: APIRoutes) {
        routes.on(.get, "/api/version", summary: "The daemon's version", response: "{version}", cost: 1) { _, _ in
            try JSONResponse(["version": version])
        }
        routes.on(.get, "/api/status", summary: "Uptime, listen address and agents by state", response: "{version, uptime_seconds, api_listen, agents, agents_by_state}", cost: 1) {
            _, _ in try JSONResponse(await status())
        }
        routes.on(
            .get, "/api/health/detail", summary: "Health in detail: agents by state, default model readiness, pending approvals, database",
            response: "{status, version, uptime_seconds, agents_by_state, default_model_problem, pending_approvals, database}", cost: 1
        ) { _, _ in
            var detail = await status()
            detail["status"] = .string(kernel.defaultModelProblem == nil ? "ok" : "degraded")
            detail["default_model_problem"] = kernel.defaultModelProblem.map(JSONValue.string) ?? .null
            detail["pending_approvals"] = .integer(Int64(await kernel.approvals.pending().count))
            detail["database"] = .string(kernel.config.databasePath(home: kernel.home))
            return try JSONResponse(JSONValue.object(detail))
        }
        routes.on(.post, "/api/shutdown", summary: "Stop the daemon gracefully (only from this machine)", response: "{status}", cost: 1) { _, context in
            guard context.isLoopback else { throw APIError(.forbidden, "shutdown is accepted only from this machine", code: "loopback_only") }
            await onShutdown()
            return try JSONResponse(["status": "shutting down"])
        }
    }

    private func status() async -> [String: JSONValue] {
        let agents = await kernel.summaries()
        let byState = Dictionary(grouping: agents, by: \.state).mapValues { JSONValue.integer(Int64($0.count)) }
        return [
            "version": .string(version), "uptime_seconds": .integer(Int64(Date().timeIntervalSince(kernel.startedAt))),
            "api_listen": .string(kernel.config.apiListen), "agents": .integer(Int64(agents.count)), "agents_by_state": .object(byState),
        ]
    }
}
