import FoundationEssentials
import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket
import Logging
import OpenFangKernel
import OpenFangTypes

/// The HTTP face of the daemon: every route group, behind the middleware chain (outermost
/// first): security headers, CORS, JSON errors, the cross-site guard, body limit, rate limit, access.
public func buildApplication(kernel: Kernel, config: APIConfiguration) -> some ApplicationProtocol {
    let router = buildRouter(kernel: kernel, config: config, table: APIRouteTable())
    let onRunning = config.onRunning
    let port = config.port
    return Application(
        router: router,
        server: guardedServer(kernel: kernel, config: config),
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "openfang"),
        onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) }, logger: config.logger)
}

/// HTTP/1.1 with the WebSocket upgrade; idle connections close after `idleTimeout`, and a new
/// connection must send a well-formed request head within that time (``FirstRequestGuard``).
func guardedServer(kernel: Kernel, config: APIConfiguration) -> HTTPServerBuilder {
    let webSocketResponder = WebSocketRoutes.upgradeRouter(kernel: kernel, config: config).buildResponder()
    let configuration = HTTP1WebSocketUpgradeChannel.Configuration(
        http1: .init(idleTimeout: config.idleTimeout), ws: .init(maxFrameSize: AgentSocket.maxMessageBytes))
    return HTTPServerBuilder { responder in
        GuardedChildChannel(
            base: HTTP1WebSocketUpgradeChannel(responder: responder, webSocketResponder: webSocketResponder, configuration: configuration),
            firstRequestTimeout: config.idleTimeout)
    }
}

/// The router of `buildApplication`, its routes recorded in `table` (for the OpenAPI document).
public func buildRouter(kernel: Kernel, config: APIConfiguration, table: APIRouteTable) -> Router<APIRequestContext> {
    let router = Router(context: APIRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware(behindTLS: config.behindTLS))
    router.add(middleware: CORSMiddleware(origins: Set(config.corsOrigins)))
    router.add(middleware: JSONErrorMiddleware(table: table))
    router.add(middleware: OriginGuardMiddleware(origins: Set(config.corsOrigins)))
    router.add(middleware: BodyLimitMiddleware(maxBytes: config.maxBodyBytes))
    if config.rateLimitPerMinute > 0 {
        router.add(middleware: RateLimitMiddleware(limiter: GCRALimiter(perMinute: config.rateLimitPerMinute), table: table))
    }
    router.add(middleware: AccessMiddleware(key: kernel.config.apiKey, table: table))
    let routes = APIRoutes(router: router, table: table)
    for group in routeGroups(kernel: kernel, config: config) { group.register(on: routes) }
    routes.on(.get, "/api/openapi.json", summary: "This API's OpenAPI 3.1 document", response: "the document", cost: 1) { _, _ in
        try JSONResponse(OpenAPIDocument(table: table, version: config.version).json)
    }
    return router
}

/// The route groups, in registration order.
func routeGroups(kernel: Kernel, config: APIConfiguration) -> [any APIRouteGroup] {
    [
        HealthRoutes(kernel: kernel, version: config.version), SystemRoutes(kernel: kernel, version: config.version, onShutdown: config.onShutdown),
        AgentRoutes(kernel: kernel), AgentLifecycleRoutes(kernel: kernel), AgentUpdateRoutes(kernel: kernel), StreamRoutes(kernel: kernel), SessionRoutes(kernel: kernel),
        MemoryRoutes(kernel: kernel), RunRoutes(kernel: kernel), AuditRoutes(kernel: kernel), ApprovalRoutes(kernel: kernel), UsageRoutes(kernel: kernel),
        CronRoutes(kernel: kernel), TriggerRoutes(kernel: kernel), CatalogRoutes(kernel: kernel), WebSocketRoutes(kernel: kernel), OpenAIRoutes(kernel: kernel),
    ]
}
