import Testing
@testable import OpenFangRuntime

/// The guard's decisions, without connecting anywhere. Host names resolve from a table.
@Suite struct SSRFGuardTests {
    struct NoSuchHost: Error {}

    static let table: [String: [String]] = [
        "public.example": ["93.184.216.34"], "rebind.example": ["93.184.216.34", "127.0.0.1"],
        "internal.example": ["10.0.0.5"], "v6local.example": ["::1"], "mapped.example": ["::ffff:169.254.169.254"],
        "intranet.corp": ["192.168.1.20"], "v6public.example": ["2606:2800:220:1:248:1893:25c8:1946"],
    ]

    func guardian(allowed: [String] = []) -> SSRFGuard {
        SSRFGuard(allowedHosts: allowed) { host in
            guard let addresses = Self.table[host] else { throw NoSuchHost() }
            return addresses.compactMap(IPAddress.init)
        }
    }

    /// Every one of these must be refused.
    static let escapes = [
        "http://127.0.0.1/", "http://127.1/", "http://127.0.1/", "http://2130706433/", "http://0x7f000001/", "http://0x7f.0.0.1/",
        "http://0177.0.0.1/", "http://017700000001/", "http://0/", "http://0.0.0.0:8080/", "http://localhost/", "http://LOCALHOST./",
        "http://app.localhost/", "http://[::1]/", "http://[0:0:0:0:0:0:0:1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
        "http://[::ffff:a9fe:a9fe]/latest/meta-data/", "http://[64:ff9b::7f00:1]/", "http://[fe80::1%25eth0]/", "http://[fd00:ec2::254]/",
        "http://[fc00::1]/", "http://[ff02::1]/", "http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/computeMetadata/v1/",
        "http://10.0.0.1/", "http://172.16.5.4/", "http://172.31.255.255/", "http://192.168.0.1/", "http://100.64.0.1/", "http://224.0.0.1/",
        "http://255.255.255.255/", "http://198.18.0.1/", "http://rebind.example/", "http://internal.example/", "http://v6local.example/",
        "http://mapped.example/", "file:///etc/passwd", "gopher://public.example/", "ftp://public.example/",
        "http://public.example/?api_key=sk-123", "https://public.example/x?token=abc", "http://user:pass@public.example/",
        "http://public.example@127.0.0.1/", "http://nxdomain.example/", "http:///nohost",
    ]

    @Test(arguments: escapes)
    func escapesAreRefused(url: String) {
        guard case .deny(let reason) = guardian().check(url) else {
            Issue.record("\(url) was allowed")
            return
        }
        #expect(!reason.isEmpty)
    }

    @Test func thereAreEnoughEscapeCases() { #expect(Self.escapes.count >= 25) }

    @Test func publicAddressesAreAllowedWithTheirCheckedAddresses() {
        #expect(guardian().check("https://public.example/page?q=swift") == .allow(host: "public.example", port: 443, addresses: [IPAddress("93.184.216.34")!]))
        #expect(guardian().check("http://93.184.216.34:8080/") == .allow(host: "93.184.216.34", port: 8080, addresses: [.v4(0x5DB8_D822)]))
        if case .allow = guardian().check("http://v6public.example/") {} else { Issue.record("public IPv6 refused") }
    }

    @Test func theAllowlistOpensNamedPrivateHostsOnly() {
        let allowing = guardian(allowed: ["intranet.corp", "10.0.0.0/8"])
        if case .allow = allowing.check("http://intranet.corp/wiki") {} else { Issue.record("allowlisted host refused") }
        if case .allow = allowing.check("http://internal.example/") {} else { Issue.record("allowlisted CIDR refused") }
        if case .deny = allowing.check("http://127.0.0.1/") {} else { Issue.record("loopback allowed") }
        if case .deny(let reason) = guardian().check("http://intranet.corp/") {
            #expect(reason.contains("ssrf_allowed_hosts"))
        } else {
            Issue.record("private host allowed")
        }
    }

    @Test(arguments: [
        ("127.1", "127.0.0.1"), ("2130706433", "127.0.0.1"), ("0x7f.1", "127.0.0.1"), ("0177.0.0.01", "127.0.0.1"),
        ("10.0.258", "10.0.1.2"), ("::ffff:1.2.3.4", "0:0:0:0:0:ffff:102:304"),
    ])
    func addressSpellings(text: String, canonical: String) {
        #expect(IPAddress(text)?.description == canonical)
    }

    @Test func malformedAddressesAreNotAddresses() {
        for text in ["256.1.1.1", "1.2.3.4.5", "0x1ffffffff", "1::2::3", "12345::", "::ffff:1.2.3", "abc"] { #expect(IPAddress(text) == nil, "\(text)") }
    }
}
