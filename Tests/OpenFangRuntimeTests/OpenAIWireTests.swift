import Testing
import OpenFangTypes
@testable import OpenFangRuntime

@Suite struct OpenAIWireTests {
    @Test(arguments: [
        ("http://localhost:11434", "http://localhost:11434/v1"),
        ("http://localhost:11434/", "http://localhost:11434/v1"),
        ("http://localhost:11434/v1", "http://localhost:11434/v1"),
        ("http://localhost:11434/v1/", "http://localhost:11434/v1"),
        ("http://127.0.0.1:8000/v1/chat/completions", "http://127.0.0.1:8000/v1"),
        ("https://openrouter.ai/api/v1", "https://openrouter.ai/api/v1"),
        ("http://localhost:8888/api/v1", "http://localhost:8888/api/v1"),
        ("https://api.cohere.com/v2/", "https://api.cohere.com/v2"),
    ])
    func baseURLsAreNormalised(input: String, base: String) {
        #expect(OpenAIEndpoint(baseURL: input).base == base)
        #expect(OpenAIEndpoint(baseURL: input).chatCompletions == base + "/chat/completions")
    }

    @Test func modelRules() {
        #expect(OpenAIModelRules.usesMaxCompletionTokens("gpt-5.2") && OpenAIModelRules.usesMaxCompletionTokens("o3-mini"))
        #expect(!OpenAIModelRules.usesMaxCompletionTokens("gpt-4o") && !OpenAIModelRules.usesMaxCompletionTokens("o1x"))
        #expect(OpenAIModelRules.temperature(for: "o4-mini", requested: 0.7) == nil)
        #expect(OpenAIModelRules.temperature(for: "deepseek-reasoner", requested: 0.7) == nil)
        #expect(OpenAIModelRules.temperature(for: "moonshot/kimi-k2-0905", requested: 0.3) == 1)
        #expect(OpenAIModelRules.temperature(for: "llama3.2", requested: 0.3) == 0.3)
    }

    @Test func messagesBecomeOpenAIRoles() {
        let request = CompletionRequest(
            model: "gpt-4o", system: "Be brief.",
            messages: [
                .user("read a.txt"),
                Message(role: .assistant, content: .blocks([.toolUse(id: "call_1", name: "file_read", input: .object(["path": .string("a.txt")]))])),
                Message(role: .user, content: .blocks([.toolResult(toolUseID: "call_1", toolName: "file_read", content: "hello", isError: false)])),
            ],
            tools: [ToolDefinition(name: "file_read", description: "Read a file.", inputSchema: .object(["path": .string("Path")], required: ["path"]))],
            maxTokens: 100, temperature: 0.2)
        let body = OpenAIRequestBody.make(request, stream: true)
        guard case .array(let messages)? = body["messages"] else { Issue.record("no messages"); return }
        #expect(messages.map { $0["role"]?.stringValue } == ["system", "user", "assistant", "tool"])
        #expect(messages[2]["content"] == .null)
        if case .array(let calls)? = messages[2]["tool_calls"] {
            #expect(calls.first?["function"]?["arguments"] == .string("{\"path\":\"a.txt\"}"))
        } else {
            Issue.record("no tool_calls")
        }
        #expect(messages[3]["tool_call_id"] == .string("call_1") && messages[3]["content"] == .string("hello"))
        #expect(body["max_tokens"] == .integer(100) && body["temperature"] == .number(0.2) && body["tool_choice"] == .string("auto"))
        #expect(body["stream_options"]?["include_usage"] == .bool(true))
    }
}
