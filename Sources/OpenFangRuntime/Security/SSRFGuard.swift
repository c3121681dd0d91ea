import FoundationEssentials

/// Decides whether an outbound fetch may go where it points. Refuses loopback, private, CGNAT,
/// link-local (cloud metadata), multicast and reserved addresses in every IPv4 and IPv6 spelling,
/// metadata host names, non-HTTP schemes and secrets in the URL; checks every address a name
/// resolves to, and returns the checked addresses so the caller connects to exactly those (no
/// DNS rebinding between check and connect). Redirect targets go through `check` again.
public struct SSRFGuard: Sendable {
    /// The outcome for one URL.
    public enum Decision: Sendable, Equatable {
        /// Fetch, connecting only to these addresses.
        case allow(host: String, port: Int, addresses: [IPAddress])
        /// Refuse, with the rule that refused it.
        case deny(String)
    }

    static let blockedRanges = [
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
        "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
        "::/128", "::1/128", "fe80::/10", "fc00::/7", "ff00::/8", "100::/64", "2001:db8::/32", "fec0::/10",
    ].compactMap(IPRange.init)
    static let metadataHosts: Set<String> = ["metadata.google.internal", "metadata", "metadata.internal", "instance-data", "instance-data.ec2.internal"]
    static let secretParameters: Set<String> = ["api_key", "apikey", "key", "token", "access_token", "secret", "password", "auth", "client_secret"]

    /// Hosts (exact, `*.domain`) and CIDR blocks the operator allowed even though they are private.
    public var allowedHosts: [String]
    /// Resolves a host name to addresses (getaddrinfo in production, a table in tests).
    public var resolve: @Sendable (String) throws -> [IPAddress]

    /// Creates a guard.
    public init(allowedHosts: [String] = [], resolve: @escaping @Sendable (String) throws -> [IPAddress]) {
        self.allowedHosts = allowedHosts
        self.resolve = resolve
    }

    /// The decision for `url`.
    public func check(_ url: String) -> Decision {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else {
            return .deny("not a valid URL")
        }
        guard scheme == "http" || scheme == "https" else { return .deny("scheme \"\(scheme)\" is not allowed (http and https only)") }
        guard var host = components.host?.lowercased(), !host.isEmpty else { return .deny("the URL has no host") }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        while host.hasSuffix(".") { host.removeLast() }
        if let secret = components.queryItems?.first(where: { Self.secretParameters.contains($0.name.lowercased()) }) {
            return .deny("the URL carries a secret in its query (\(secret.name)=…); send credentials in headers, not URLs")
        }
        if components.user != nil || components.password != nil { return .deny("credentials in the URL are not allowed") }
        let port = components.port ?? (scheme == "https" ? 443 : 80)
        if Self.metadataHosts.contains(host) { return .deny("\(host) is a cloud metadata endpoint") }
        let addresses: [IPAddress]
        if let literal = IPAddress(host) {
            addresses = [literal]
        } else {
            if host == "localhost" || host.hasSuffix(".localhost") { return allowedOr(host: host, port: port, addresses: [.v4(0x7F00_0001)], reason: "localhost is loopback") }
            do {
                addresses = try resolve(host)
            } catch {
                return .deny("\(host) does not resolve: \(error)")
            }
            guard !addresses.isEmpty else { return .deny("\(host) does not resolve") }
        }
        for address in addresses {
            if let reason = Self.blockReason(address) {
                return allowedOr(host: host, port: port, addresses: addresses, reason: "\(host) is \(address), \(reason)")
            }
        }
        return .allow(host: host, port: port, addresses: addresses)
    }

    /// Why `address` is not a public address, or nil.
    public static func blockReason(_ address: IPAddress) -> String? {
        if let embedded = address.embeddedV4, let reason = blockReason(.v4(embedded)) { return "an IPv6 form of \(IPAddress.v4(embedded)) (\(reason))" }
        if case .v4(let value) = address {
            if value == 0xA9FE_A9FE { return "the cloud metadata address" }
            if value == 0xFFFF_FFFF { return "the broadcast address" }
        }
        if case .v6(let groups) = address, groups == [0xFD00, 0x0EC2, 0, 0, 0, 0, 0, 0x0254] { return "the cloud metadata address" }
        guard let range = blockedRanges.first(where: { $0.contains(address) }) else { return nil }
        return "in the blocked range \(range.network)/\(range.prefix) (loopback, private, link-local, CGNAT, multicast or reserved)"
    }

    private func allowedOr(host: String, port: Int, addresses: [IPAddress], reason: String) -> Decision {
        let allowed = allowedHosts.contains { rule in
            if let range = IPRange(rule) { return addresses.allSatisfy(range.contains) }
            if rule.hasPrefix("*.") { return host.hasSuffix(String(rule.dropFirst(1))) }
            return rule.lowercased() == host
        }
        return allowed ? .allow(host: host, port: port, addresses: addresses) : .deny("\(reason); add it to [web.fetch] ssrf_allowed_hosts to allow it")
    }
}
