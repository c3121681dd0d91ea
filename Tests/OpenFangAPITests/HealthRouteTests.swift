import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import OpenFangAPI
import OpenFangKernel
import OpenFangTesting
import OpenFangTypes
import Testing

@Suite struct HealthRouteTests {
    @Test func healthReportsVersionAndAgentsWithSecurityHeaders() async throws {
        try await APIHarness.run { _, kernel, client in
            _ = try await kernel.spawn(source: "name = \"one\"", file: "one.toml")
            try await client.execute(uri: "/api/health", method: .get) { response in
                #expect(response.status == .ok)
                let body = APIHarness.json(response)
                #expect(body?["status"]?.stringValue == "ok" && body?["version"]?.stringValue == "9.9.9" && body?["agents"]?.intValue == 1)
                #expect(response.headers[HTTPField.Name("x-content-type-options")!] == "nosniff")
                #expect(response.headers[HTTPField.Name("x-frame-options")!] == "DENY")
            }
            try await client.execute(uri: "/api/nothing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(APIHarness.json(response)?["error"]?["code"]?.stringValue == "not_found")
                #expect(response.headers[HTTPField.Name("x-frame-options")!] == "DENY", "errors carry the headers too")
            }
        }
    }

    @Test func hstsIsSentOnlyBehindTLS() async throws {
        let hsts = HTTPField.Name("strict-transport-security")!
        try await APIHarness.run { _, _, client in
            try await client.execute(uri: "/api/health", method: .get) { #expect($0.headers[hsts] == nil, "plain HTTP: no HSTS") }
            let proxied: HTTPFields = [HTTPField.Name("x-forwarded-proto")!: "https"]
            try await client.execute(uri: "/api/health", method: .get, headers: proxied) { response in
                #expect(response.headers[hsts] == "max-age=63072000; includeSubDomains", "a reverse proxy on this machine terminated TLS")
            }
        }
        try await APIHarness.run(api: { $0.behindTLS = true }) { _, _, client in
            try await client.execute(uri: "/api/health", method: .get) { #expect($0.headers[hsts] == "max-age=63072000; includeSubDomains") }
        }
    }
}
