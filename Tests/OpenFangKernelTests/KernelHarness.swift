import Foundation
import OpenFangKernel
import OpenFangTesting
import OpenFangTypes

/// A scripted provider on 127.0.0.1, a temporary home and a kernel booted on it (`openai`
/// pointed at the server, a test key set); everything shut down afterwards whatever happens.
enum KernelHarness {
    static func run(
        configure: (inout KernelConfig) -> Void = { _ in }, _ body: (ScriptedLLMServer, Kernel, TemporaryDirectory) async throws -> Void
    ) async throws {
        let server = try await ScriptedLLMServer.start()
        let temp = try TemporaryDirectory("kernel")
        var config = KernelConfig.defaults
        config.providerURLs = ["openai": server.baseURL + "/v1"]
        configure(&config)
        let kernel: Kernel
        do {
            kernel = try await Kernel.boot(config: config, home: OpenFangHome(root: temp.path), environment: ["OPENAI_API_KEY": "sk"])
        } catch {
            await server.shutdown()
            temp.remove()
            throw error
        }
        do {
            try await body(server, kernel, temp)
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
}
