import FoundationEssentials
import HTTPTypes
import Hummingbird
import HummingbirdWebSocket
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// `GET /api/agents/{id}/ws`: a WebSocket to an agent. Upgrades go through their own router with
/// the same access rules (the key may also come as `?token=`, since browsers cannot set headers
/// on a WebSocket) and an `Origin` check; a plain GET on the main router answers 426.
struct WebSocketRoutes: APIRouteGroup {
    static let path = "/api/agents/{id}/ws"

    let kernel: Kernel

    func register(on routes: APIRoutes) {
        routes.on(.get, Self.path, summary: "WebSocket to an agent: send {type: message|ping}; receive connected, text_delta, tool_start, tool_result, phase, response, pong, error", response: "101 Switching Protocols", cost: 10,
            status: 101, errors: [426]) {
            _, _ -> Response in
            throw APIError(.init(code: 426, reasonPhrase: "Upgrade Required"), "this route is a WebSocket: connect with an Upgrade: websocket request", code: "upgrade_required")
        }
    }

    /// The router that decides upgrades.
    static func upgradeRouter(kernel: Kernel, config: APIConfiguration) -> Router<APIRequestContext> {
        let router = Router(context: APIRequestContext.self)
        let origins = Set(config.corsOrigins)
        let limits = config.webSocketLimits
        let connections = ConnectionCounter()
        router.ws(RouterPath(path)) { request, context in
            let presented = AccessMiddleware.presentedKey(request) ?? request.uri.queryParameters.get("token")
            guard AccessMiddleware.refusal(key: kernel.config.apiKey, isLoopback: context.isLoopback, isPublic: false, presented: presented) == nil,
                allowedOrigin(request, origins: origins), connections.hasRoom(context.clientKey, limit: limits.connectionsPerClient),
                await kernel.summary(of: (try? context.parameters.require("id")) ?? "") != nil
            else { return .dontUpgrade }
            return .upgrade([:])
        } onUpgrade: { inbound, outbound, context in
            let id = try context.requestContext.parameters.require("id")
            let client = context.requestContext.clientKey
            guard let agent = await kernel.summary(of: id), connections.acquire(client, limit: limits.connectionsPerClient) else { return }
            defer { connections.release(client) }
            try await AgentSocket(kernel: kernel, agentID: agent.id.description, limits: limits).serve(inbound, outbound)
        }
        return router
    }

    /// Hosts a page may be served from and still open a socket (this machine).
    static let localHosts: Set<String> = ["127.0.0.1", "localhost", "::1", "[::1]"]

    /// No `Origin` (not a browser), a configured origin, a page on this machine, or this
    /// server's own host; a page elsewhere (cross-site WebSocket hijacking) is refused.
    static func allowedOrigin(_ request: Request, origins: Set<String>) -> Bool {
        guard let origin = request.headers[.origin] else { return true }
        if origins.contains(origin) { return true }
        guard let host = URL(string: origin)?.host?.lowercased() else { return false }
        if localHosts.contains(host) { return true }
        let serverHost = (request.headers[HTTPField.Name("host")!] ?? request.head.authority ?? "").split(separator: ":").first.map { String($0).lowercased() }
        return host == serverHost
    }
}
