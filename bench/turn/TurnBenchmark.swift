import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OpenFangMemory
import OpenFangRuntime
import OpenFangTesting
import OpenFangTypes

/// Runtime overhead of a one-tool-call turn (two model calls, one tool, journal and session
/// writes) against an instant scripted provider on 127.0.0.1: turn time minus time spent
/// waiting for the provider, beside the bare HTTP round trip to the same server in the same run.
/// Run: swift run -c release --scratch-path .build-release TurnBenchmark [turns]
@main
enum TurnBenchmark {
    static func main() async throws {
        let turns = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 500 : 500
        let temp = try TemporaryDirectory("turn-bench")
        defer { temp.remove() }
        try FileManager.default.createDirectory(atPath: temp.file("ws"), withIntermediateDirectories: true)
        print("# OpenFang turn benchmark: \(turns) turns, each 2 model calls + 1 tool call (file_write); \(ProcessInfo.processInfo.activeProcessorCount) cores")

        let server = try await ScriptedLLMServer.start()
        let http = ProviderHTTPClient()
        let store = try await SQLiteMemoryStore.open(path: temp.file("bench.db"))
        let wait = ProviderWait()
        let driver = TimingDriver(inner: OpenAICompatibleDriver(configuration: .init(provider: "openai", baseURL: server.baseURL + "/v1", apiKey: "k"), http: http), wait: wait)
        var registry = ToolRegistry()
        registry.register(FileWriteTool())
        var manifest = AgentManifest.parse("name = \"bench\"", file: "bench").value!
        manifest.model.systemPrompt = "You are a benchmark agent."
        let agent = AgentID.random()
        var configuration = AgentLoop.Configuration(
            agentID: agent, manifest: manifest, model: "gpt-4o", permissions: .granting(tools: ["file_write"]), workspace: try WorkspaceSandbox(root: temp.file("ws")))
        configuration.rememberTurns = false
        configuration.recallLimit = 0
        let loop = AgentLoop(environment: AgentLoop.Environment(driver: driver, tools: registry, memory: store), configuration: configuration)

        var overhead: [Double] = []
        var total: [Double] = []
        for index in 0..<(turns + 20) {
            let session = try await store.createSession(for: agent, label: nil).id
            server.enqueue(OpenAIWire.toolCalls([("c\(index)", "file_write", #"{"path":"out.txt","content":"turn \#(index)"}"#)]), OpenAIWire.text("done"))
            await wait.reset()
            let start = ContinuousClock.now
            _ = try await loop.run(UserTurn("write the file"), session: session)
            let elapsed = start.duration(to: .now)
            let providerTime = await wait.total
            guard index >= 20 else { continue }
            total.append(milliseconds(elapsed))
            overhead.append(milliseconds(elapsed - providerTime))
        }

        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        var bare: [Double] = []
        let body = #"{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}"#
        for index in 0..<(turns + 20) {
            server.enqueue(OpenAIWire.text("done"))
            var request = HTTPClientRequest(url: server.baseURL + "/v1/chat/completions")
            request.method = .POST
            request.headers.add(name: "content-type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
            let start = ContinuousClock.now
            let response = try await client.execute(request, timeout: .seconds(10))
            _ = try await response.body.collect(upTo: 1 << 20)
            let elapsed = start.duration(to: .now)
            if index >= 20 { bare.append(milliseconds(elapsed)) }
        }
        try await client.shutdown()
        await store.close()
        await http.shutdown()
        await server.shutdown()

        report("runtime overhead per turn (turn − provider wait)", overhead)
        report("whole turn (2 model calls + 1 tool)", total)
        report("baseline: bare HTTP round trip to the same server", bare)
        print(String(format: "overhead p50 / bare round trip p50 = %.2f×", percentile(overhead, 0.5) / percentile(bare, 0.5)))
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }

    static func report(_ label: String, _ values: [Double]) {
        print(String(format: "%@: p50 %.3f ms, p95 %.3f ms", label, percentile(values, 0.5), percentile(values, 0.95)))
    }
}
