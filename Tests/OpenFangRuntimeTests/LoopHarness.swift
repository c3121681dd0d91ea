import Foundation
import OpenFangMemory
import OpenFangTesting
import OpenFangTypes
@testable import OpenFangRuntime

/// One agent loop over a real driver, a scripted provider on 127.0.0.1, a real SQLite store and
/// a temporary workspace; everything shut down afterwards.
struct LoopHarness {
    let server: ScriptedLLMServer
    let http: ProviderHTTPClient
    let store: SQLiteMemoryStore
    let temp: TemporaryDirectory
    let agentID: AgentID
    var session: SessionID
    var registry: ToolRegistry
    var configuration: AgentLoop.Configuration
    var driver: any LLMDriver
    var kernel = KernelHandle()

    /// The loop as configured now.
    var loop: AgentLoop {
        AgentLoop(environment: AgentLoop.Environment(driver: driver, tools: registry, memory: store, kernel: kernel), configuration: configuration)
    }

    /// The workspace folder.
    var workspace: String { temp.file("ws") }

    static func run(anthropic: Bool = false, _ body: (inout LoopHarness) async throws -> Void) async throws {
        let server = try await ScriptedLLMServer.start()
        let http = ProviderHTTPClient(readTimeout: .seconds(5), headTimeout: .seconds(5))
        let temp = try TemporaryDirectory("loop")
        try FileManager.default.createDirectory(atPath: temp.file("ws"), withIntermediateDirectories: true)
        let store = try await SQLiteMemoryStore.open(path: temp.file("memory.db"))
        do {
            var registry = ToolRegistry()
            let tools: [any Tool] = [FileReadTool(), FileWriteTool(), FileListTool(), SystemTimeTool(), MemoryStoreTool(), MemoryRecallTool()]
            for tool in tools { registry.register(tool) }
            let driver: any LLMDriver = anthropic
                ? AnthropicDriver(baseURL: server.baseURL, apiKey: "k", http: http)
                : OpenAICompatibleDriver(configuration: .init(provider: "openai", baseURL: server.baseURL + "/v1", apiKey: "k"), http: http)
            var manifest = AgentManifest.parse("name = \"tester\"", file: "t").value!
            manifest.model.systemPrompt = "You are a test agent."
            let agentID = AgentID.random()
            let configuration = AgentLoop.Configuration(
                agentID: agentID, manifest: manifest, model: anthropic ? "claude-sonnet-4-20250514" : "gpt-4o",
                permissions: .granting(tools: ["*"], memoryRead: ["*"], memoryWrite: ["*"]), workspace: try WorkspaceSandbox(root: temp.file("ws")))
            let session = try await store.createSession(for: agentID, label: nil).id
            var harness = LoopHarness(
                server: server, http: http, store: store, temp: temp, agentID: agentID, session: session, registry: registry, configuration: configuration, driver: driver)
            try await body(&harness)
        } catch {
            await store.close()
            await http.shutdown()
            await server.shutdown()
            temp.remove()
            throw error
        }
        await store.close()
        await http.shutdown()
        await server.shutdown()
        temp.remove()
    }

    /// Runs one user message.
    func send(_ text: String, events: AgentLoop.EventSink? = nil) async throws -> TurnResult {
        try await loop.run(UserTurn(text), session: session, events: events)
    }

    /// The stored session's messages.
    func messages() async throws -> [Message] {
        try await store.session(session)?.messages ?? []
    }

    /// The journal of a run: step kinds in order.
    func steps(_ run: RunID) async throws -> [RunStep] {
        try await store.run(run)?.steps ?? []
    }

    /// The JSON body of the `index`th request the provider received.
    func requestBody(_ index: Int) -> [String: Any] {
        (server.requests[index].json as? [String: Any]) ?? [:]
    }

    /// An OpenAI reply with `finish_reason` `length` (cut by the token limit).
    static func truncated(_ text: String) -> ScriptedReply {
        .json(#"{"id":"x","choices":[{"index":0,"message":{"role":"assistant","content":"\#(text)"},"finish_reason":"length"}],"usage":{"prompt_tokens":5,"completion_tokens":5}}"#)
    }

    /// An OpenAI reply with no content at all.
    static let empty = ScriptedReply.json(#"{"id":"x","choices":[{"index":0,"message":{"role":"assistant","content":null},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":0}}"#)
}
