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
/// Run: swift run -c release --scratch-path .build-bench TurnBenchmark [turns] [system_time|file_write]
@main
enum TurnBenchmark {
    static func main() async throws {
        let turns = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 500 : 500
        let tool = CommandLine.arguments.count > 2 ? CommandLine.arguments[2] : "system_time"
        let arguments = tool == "file_write" ? #"{"path":"out.txt","content":"turn"}"# : "{}"
        let temp = try TemporaryDirectory("turn-bench")
        defer { temp.remove() }
        try FileManager.default.createDirectory(atPath: temp.file("ws"), withIntermediateDirectories: true)
        print("# OpenFang turn benchmark: \(turns) turns, each 2 model calls + 1 tool call (\(tool)); \(ProcessInfo.processInfo.activeProcessorCount) cores")

        let server = try await ScriptedLLMServer.start()
        let http = ProviderHTTPClient()
        let store = try await SQLiteMemoryStore.open(path: temp.file("bench.db"))
        let wait = ProviderWait()
        let driver = TimingDriver(inner: OpenAICompatibleDriver(configuration: .init(provider: "openai", baseURL: server.baseURL + "/v1", apiKey: "k"), http: http), wait: wait)
        var registry = ToolRegistry()
        registry.register(FileWriteTool())
        registry.register(SystemTimeTool())
        var manifest = AgentManifest.parse("name = \"bench\"", file: "bench").value!
        manifest.model.systemPrompt = "You are a benchmark agent."
        let agent = AgentID.random()
        var configuration = AgentLoop.Configuration(
            agentID: agent, manifest: manifest, model: "gpt-4o", permissions: .granting(tools: [tool]), workspace: try WorkspaceSandbox(root: temp.file("ws")))
        configuration.rememberTurns = false
        configuration.recallLimit = 0
        let loop = AgentLoop(environment: AgentLoop.Environment(driver: driver, tools: registry, memory: store), configuration: configuration)

        var overhead: [Double] = []
        var total: [Double] = []
        for index in 0..<(turns + 20) {
            let session = try await store.createSession(for: agent, label: nil).id
            server.enqueue(OpenAIWire.toolCalls([("c\(index)", tool, arguments)]), OpenAIWire.text("done"))
            await wait.reset()
            let start = ContinuousClock.now
            _ = try await loop.run(UserTurn("write the file"), session: session)
            let elapsed = start.duration(to: .now)
            let providerTime = await wait.total
            guard index >= 20 else { continue }
            total.append(milliseconds(elapsed))
            overhead.append(milliseconds(elapsed - providerTime))
        }

        // Baseline: the storage work a turn does (run row, 4 session appends, 6 journal steps, the
        // run's end, one session read), alone, on the same store.
        var storage: [Double] = []
        for index in 0..<(turns + 20) {
            let session = try await store.createSession(for: agent, label: nil).id
            let start = ContinuousClock.now
            let run = try await store.beginRun(agent: agent, session: session)
            _ = try await store.session(session)
            for message in [Message.user("write the file"), .assistant("calling"), .user("result"), .assistant("done")] {
                try await store.append([message], to: session)
            }
            for kind in [RunStepKind.llmRequest, .llmResponse, .toolCall, .toolResult, .llmRequest, .llmResponse] {
                try await store.appendStep(to: run.id, kind: kind, payload: .object(["n": .integer(Int64(index))]))
            }
            try await store.endRun(run.id, status: .completed, error: nil, attribution: nil)
            if index >= 20 { storage.append(milliseconds(start.duration(to: .now))) }
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
        report("baseline: a turn's storage work alone (12 writes, 1 read)", storage)
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
