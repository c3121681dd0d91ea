import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import OpenFangAPI
import OpenFangKernel
import OpenFangTesting
import OpenFangTypes

/// A kernel on a temporary home with `openai` pointed at a scripted server, and the API
/// application around it; everything shut down afterwards whatever happens.
enum APIHarness {
    static func run(
        configure: (inout KernelConfig) -> Void = { _ in }, api: (inout APIConfiguration) -> Void = { _ in }, _ body: @escaping @Sendable (ScriptedLLMServer, Kernel, any TestClientProtocol) async throws -> Void
    ) async throws {
        let server = try await ScriptedLLMServer.start()
        let temp = try TemporaryDirectory("api")
        var config = KernelConfig.defaults
        config.providerURLs = ["openai": server.baseURL + "/v1"]
        configure(&config)
        let kernel = try await Kernel.boot(config: config, home: OpenFangHome(root: temp.path), environment: ["OPENAI_API_KEY": "sk"])
        var apiConfig = APIConfiguration(version: "9.9.9", logger: Logger(label: "test"))
        api(&apiConfig)
        let app = buildApplication(kernel: kernel, config: apiConfig)
        do {
            try await app.test(.live) { client in try await body(server, kernel, client) }
        } catch {
            await kernel.shutdown()
            await server.shutdown()
            temp.remove()
            throw error
        }
        await kernel.shutdown()
        await server.shutdown()
        temp.remove()
    }

    /// The JSON of a response body.
    static func json(_ response: TestResponse) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(String(buffer: response.body).utf8))
    }

    /// A JSON request body.
    static func body(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }
}
