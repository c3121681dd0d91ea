import OpenFangTesting
@testable import OpenFangRuntime

/// A scripted server and an HTTP client for one test, both shut down afterwards whatever happens.
enum DriverHarness {
    static func run(_ body: (ScriptedLLMServer, ProviderHTTPClient) async throws -> Void) async throws {
        let server = try await ScriptedLLMServer.start()
        let http = ProviderHTTPClient(readTimeout: .seconds(5), headTimeout: .seconds(5))
        do {
            try await body(server, http)
        } catch {
            await http.shutdown()
            await server.shutdown()
            throw error
        }
        await http.shutdown()
        await server.shutdown()
    }
}
