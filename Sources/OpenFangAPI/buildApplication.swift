import Hummingbird
import Logging
import OpenFangKernel
import OpenFangTypes

/// The HTTP face of the daemon (so far: health, agents, messages, approvals). `onRunning`
/// receives the port once the server listens.
public func buildApplication(
    kernel: Kernel, host: String, port: Int, version: String, logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void
) -> some ApplicationProtocol {
    let router = Router()
    router.add(middleware: JSONErrorMiddleware())
    router.add(middleware: APIKeyMiddleware(key: kernel.config.apiKey))
    let api = router.group("api")
    HealthRoutes(kernel: kernel, version: version).addRoutes(to: api)
    AgentRoutes(kernel: kernel).addRoutes(to: api)
    ApprovalRoutes(kernel: kernel).addRoutes(to: api)
    OpenAIRoutes(kernel: kernel).addRoutes(to: router)
    return Application(
        router: router, configuration: .init(address: .hostname(host, port: port), serverName: "openfang"),
        onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) }, logger: logger)
}
