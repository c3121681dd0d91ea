import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import OpenFangAPI
import OpenFangKernel
import OpenFangTesting
import OpenFangTypes
import Testing

@Suite struct HealthRouteTests {
    @Test func healthReportsVersionAndAgents() async throws {
        let temp = try TemporaryDirectory("api-health")
        defer { temp.remove() }
        let kernel = try await Kernel.boot(config: .defaults, home: OpenFangHome(root: temp.path), environment: [:])
        _ = try await kernel.spawn(source: "name = \"one\"", file: "one.toml")
        let app = buildApplication(kernel: kernel, host: "127.0.0.1", port: 0, version: "9.9.9", logger: Logger(label: "test"), onRunning: { _ in })
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/health", method: .get) { response in
                #expect(response.status == .ok)
                let body = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                #expect(body?["status"] as? String == "ok" && body?["version"] as? String == "9.9.9" && body?["agents"] as? Int == 1)
            }
            try await client.execute(uri: "/api/nothing", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
        await kernel.shutdown()
    }
}
