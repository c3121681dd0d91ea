import AsyncHTTPClient
import FoundationEssentials
import NIOCore
import NIOHTTP1

/// Every outbound request of the web tools: the agent's `network` hosts and the SSRF guard
/// checked for the URL and for every redirect, the connection pinned to the addresses the guard
/// checked (no DNS rebinding in between, TLS still verified for the real name), a size cap and a
/// timeout.
public struct WebFetcher: Sendable {
    /// The SSRF guard (its allowlist is `[web.fetch] ssrf_allowed_hosts`).
    public var guardrail: SSRFGuard
    /// Largest body read.
    public var maxResponseBytes: Int
    /// Per-request time limit.
    public var timeout: Duration
    /// Redirects followed at most.
    public var maxRedirects = 5

    /// Creates a fetcher.
    public init(guardrail: SSRFGuard, maxResponseBytes: Int, timeout: Duration) {
        self.guardrail = guardrail
        self.maxResponseBytes = maxResponseBytes
        self.timeout = timeout
    }

    /// Sends `request` for an agent holding `permissions`, following redirects.
    public func fetch(_ request: WebRequest, permissions: AgentPermissions) async throws(WebFetchError) -> WebResponse {
        var current = request
        for _ in 0...maxRedirects {
            let (host, address) = try check(current.url, permissions: permissions)
            let response = try await send(current, pinning: host, to: address)
            guard (300..<400).contains(response.status), let location = response.location else { return response.web }
            guard let next = URL(string: location, relativeTo: URL(string: current.url))?.absoluteURL.absoluteString else {
                throw WebFetchError("the redirect to \"\(location)\" is not a valid URL")
            }
            let keepsBody = response.status == 307 || response.status == 308
            current = WebRequest(url: next, method: keepsBody ? current.method : "GET", headers: current.headers, body: keepsBody ? current.body : nil)
        }
        throw WebFetchError("more than \(maxRedirects) redirects")
    }

    /// The host and the address to connect to, or the rule that refuses the URL.
    func check(_ url: String, permissions: AgentPermissions) throws(WebFetchError) -> (String, IPAddress) {
        guard let host = URLComponents(string: url)?.host?.lowercased(), !host.isEmpty else { throw WebFetchError("Blocked: \"\(url)\" is not a valid http(s) URL") }
        let bare = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        if let denial = permissions.checkHost(bare) { throw WebFetchError(denial.description) }
        if url.lowercased().contains("authorization:") { throw WebFetchError("Blocked: the URL carries an Authorization header value") }
        switch guardrail.check(url) {
        case .deny(let reason): throw WebFetchError("Blocked by the SSRF guard: \(reason)")
        case .allow(_, _, let addresses):
            guard let first = addresses.first else { throw WebFetchError("Blocked: \(host) has no address") }
            return (bare, first)
        }
    }

    /// The raw exchange.
    struct Exchange {
        var web: WebResponse
        var status: Int { web.status }
        var location: String?
    }

    /// One request, connected to `address` whatever `host` resolves to now.
    private func send(_ request: WebRequest, pinning host: String, to address: IPAddress) async throws(WebFetchError) -> Exchange {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(10), read: .seconds(Int64(timeout.components.seconds))))
        if IPAddress(host) == nil { configuration.dnsOverride = [host: address.description] }
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        do {
            let exchange = try await exchange(request, client: client)
            try? await client.shutdown()
            return exchange
        } catch let error as WebFetchError {
            try? await client.shutdown()
            throw error
        } catch {
            try? await client.shutdown()
            throw WebFetchError("the request to \(host) failed: \(error)")
        }
    }

    private func exchange(_ request: WebRequest, client: HTTPClient) async throws -> Exchange {
        var outbound = HTTPClientRequest(url: request.url)
        outbound.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers { outbound.headers.add(name: name, value: value) }
        if !outbound.headers.contains(name: "user-agent") { outbound.headers.add(name: "user-agent", value: "OpenFang/0.1 (+web_fetch)") }
        if let body = request.body { outbound.body = .bytes(ByteBuffer(string: body)) }
        let response = try await client.execute(outbound, timeout: .seconds(Int64(timeout.components.seconds)))
        var collected = ByteBuffer()
        var truncated = false
        for try await var chunk in response.body {
            let room = maxResponseBytes - collected.readableBytes
            if chunk.readableBytes > room {
                if room > 0, let slice = chunk.readSlice(length: room) { collected.writeImmutableBuffer(slice) }
                truncated = true
                break
            }
            collected.writeBuffer(&chunk)
        }
        let body = String(buffer: collected)
        let web = WebResponse(
            url: request.url, status: Int(response.status.code), contentType: response.headers.first(name: "content-type")?.lowercased() ?? "", body: body,
            truncated: truncated)
        return Exchange(web: web, location: response.headers.first(name: "location"))
    }
}
