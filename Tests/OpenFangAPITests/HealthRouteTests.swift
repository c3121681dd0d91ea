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
}
