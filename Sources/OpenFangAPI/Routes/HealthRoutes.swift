import FoundationEssentials
import Hummingbird
import OpenFangKernel

/// `GET /api/health` (public, minimal), `/api/health/detail`, `/api/status`, `/api/version`.
struct HealthRoutes: APIRouteGroup {
    /// The minimal body.
    struct Health: ResponseEncodable {
        var status: String
        var version: String
        var agents: Int
    }

    let kernel: Kernel
    let version: String

    func register(on routes: APIRoutes) {
        routes.on(.get, "/api/health", summary: "Liveness: status, version, agent count (public)", response: "{status, version, agents}", isPublic: true, cost: 1) {
            _, _ -> Health in
            Health(status: "ok", version: version, agents: await kernel.agentCount)
        }
    }
}
