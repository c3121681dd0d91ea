import Hummingbird
import Logging
import OpenFangKernel

/// The HTTP face of the daemon (until the HTTP API issue lands: `GET /api/health` only).
/// `onRunning` receives the port once the server listens.
public func buildApplication(
    kernel: Kernel, host: String, port: Int, version: String, logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void
) -> some ApplicationProtocol {
    let router = Router()
    HealthRoutes(kernel: kernel, version: version).addRoutes(to: router.group("api"))
    return Application(
        router: router, configuration: .init(address: .hostname(host, port: port), serverName: "openfang"),
        onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) }, logger: logger)
}
