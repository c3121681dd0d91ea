import Foundation
import Hummingbird
import OpenFangKernel

/// `GET /api/health`: the daemon is up; version and agent count.
struct HealthRoutes: Sendable {
    /// The body.
    struct Health: ResponseEncodable {
        var status: String
        var version: String
        var agents: Int
    }

    let kernel: Kernel
    let version: String

    func addRoutes(to group: RouterGroup<BasicRequestContext>) {
        group.get("health") { _, _ -> Health in
            Health(status: "ok", version: version, agents: await kernel.summaries().count)
        }
    }
}
