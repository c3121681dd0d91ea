import Foundation
import OpenFangMemory
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct AgentLoopScenarioTests {
    @Test(arguments: [false, true]) func writesAFileReadsItBackAndAnswers(anthropic: Bool) async throws {
        try await LoopHarness.run(anthropic: anthropic) { h in
            let wire: any ProviderWire.Type = anthropic ? AnthropicWire.self : OpenAIWire.self
            h.server.enqueue(
                wire.toolCalls([("call_w", "file_write", #"{"path":"notes/todo.txt","content":"buy milk"}"#)]),
                wire.toolCalls([("call_r", "file_read", #"{"path":"notes/todo.txt"}"#)]),
                wire.text("The file says: buy milk"))
            let result = try await h.send("Write buy milk to notes/todo.txt and read it back")
            #expect(result.response == "The file says: buy milk")
            #expect(result.iterations == 3 && result.toolCalls == 2)
            #expect(try String(contentsOfFile: h.workspace + "/notes/todo.txt", encoding: .utf8) == "buy milk")
            let thirdRequest = h.server.requests[2].body
            #expect(thirdRequest.contains("buy milk") && thirdRequest.contains("call_r"))

            let stored = try await h.messages()
            #expect(stored.map(\.role) == [.user, .assistant, .user, .assistant, .user, .assistant])
            #expect(stored.last?.content.plainText == "The file says: buy milk")
            let kinds = try await h.steps(result.runID).map(\.kind)
            #expect(kinds == [.llmRequest, .llmResponse, .toolCall, .toolResult, .llmRequest, .llmResponse, .toolCall, .toolResult, .llmRequest, .llmResponse])
            let run = try #require(try await h.store.run(result.runID)?.record)
            #expect(run.status == .completed)
            #expect(result.attribution.llmCalls == 3 && result.attribution.toolResults > 0 && result.attribution.toolSchemas > 0)
            #expect(result.attribution.providerInput == result.usage.inputTokens)
            guard case .object(let attribution)? = run.attribution else { Issue.record("no attribution stored"); return }
            #expect(attribution["tool_schemas"] != nil && attribution["recalled_memory"] != nil && attribution["history"] != nil)
        }
    }

    @Test func parallelToolCallsAnswerInOneMessage() async throws {
        try await LoopHarness.run { h in
            h.server.enqueue(
                OpenAIWire.toolCalls([("a", "file_write", #"{"path":"a.txt","content":"A"}"#), ("b", "file_write", #"{"path":"b.txt","content":"B"}"#)]),
                OpenAIWire.text("done"))
            let result = try await h.send("write two files")
            #expect(result.response == "done" && result.toolCalls == 2)
            let messages = try #require(h.requestBody(1)["messages"] as? [[String: Any]])
            let toolMessages = messages.filter { $0["role"] as? String == "tool" }
            #expect(toolMessages.compactMap { $0["tool_call_id"] as? String } == ["a", "b"])
            #expect(FileManager.default.fileExists(atPath: h.workspace + "/a.txt") && FileManager.default.fileExists(atPath: h.workspace + "/b.txt"))
        }
    }

    @Test func aDeniedToolIsReportedAndTheModelRecovers() async throws {
        try await LoopHarness.run { h in
            h.configuration.permissions = .granting(tools: ["file_read"])
            h.server.enqueue(OpenAIWire.toolCalls([("w", "file_write", #"{"path":"x.txt","content":"x"}"#)]), OpenAIWire.text("I am not allowed to write files."))
            let result = try await h.send("write x")
            #expect(result.response == "I am not allowed to write files.")
            let offered = (h.requestBody(0)["tools"] as? [[String: Any]])?.compactMap { ($0["function"] as? [String: Any])?["name"] as? String }
            #expect(offered == ["file_read"])
            #expect(h.server.requests[1].body.contains("Permission denied: tool file_write (rule: capabilities.tools = [\\\"file_read\\\"] does not include it)"))
            #expect(h.server.requests[1].body.contains("do NOT claim results"))
            #expect(!FileManager.default.fileExists(atPath: h.workspace + "/x.txt"))
        }
    }

    @Test func loopGuardWarnsBlocksAndBreaks() async throws {
        try await LoopHarness.run { h in
            h.registry.register(SystemTimeTool(now: { Date(timeIntervalSince1970: 1_800_000_000) }))
            h.configuration.loopGuard.circuitBreakAt = 6
            for index in 0..<7 { h.server.enqueue(OpenAIWire.toolCalls([("t\(index)", "system_time", "{}")])) }
            await #expect(throws: AgentLoopError.self) { try await h.send("what time is it") }
            let bodies = h.server.requests.map(\.body)
            #expect(!bodies[2].contains("LOOP GUARD") && bodies[3].contains("[LOOP GUARD] system_time has been called 3 times"))
            #expect(bodies[5].contains("system_time was called 5 times with the same arguments and the same result; blocked"))
            let runs = try await h.store.runs(of: h.agentID, limit: 1)
            #expect(runs.first?.status == .failed && runs.first?.error?.hasPrefix("circuit breaker: 7 tool calls") == true, "\(runs)")
            let stored = try await h.messages()
            #expect(stored.last?.content.blocks.contains { if case .toolResult(_, _, _, true) = $0 { true } else { false } } == true)
        }
    }

    @Test func theIterationLimitEndsATurnThatNeverAnswers() async throws {
        try await LoopHarness.run { h in
            h.configuration.maxIterations = 2
            h.server.enqueue(
                OpenAIWire.toolCalls([("a", "file_list", "{}")]), OpenAIWire.toolCalls([("b", "file_write", #"{"path":"x","content":"y"}"#)]))
            await #expect(throws: AgentLoopError.maxIterationsExceeded(2)) { try await h.send("loop forever") }
            let runs = try await h.store.runs(of: h.agentID, limit: 1)
            #expect(runs.first?.status == .failed && runs.first?.error == "the agent used all 2 iterations without finishing")
        }
    }

    @Test func aTextToolCallIsRecovered() async throws {
        try await LoopHarness.run { h in
            let call = #"<tool_call>{\"name\": \"file_write\", \"arguments\": {\"path\": \"r.txt\", \"content\": \"recovered\"}}</tool_call>"#
            h.server.enqueue(OpenAIWire.text(call), OpenAIWire.text("written"))
            let result = try await h.send("write r.txt")
            #expect(result.response == "written" && result.toolCalls == 1)
            #expect(try String(contentsOfFile: h.workspace + "/r.txt", encoding: .utf8) == "recovered")
            let notes = try await h.steps(result.runID).filter { $0.kind == .note }.map(\.payload)
            #expect(notes.contains(.object(["recovered_text_tool_calls": .array([.string("file_write")])])))
        }
    }

    @Test func streamingReportsTextToolsAndPhases() async throws {
        try await LoopHarness.run { h in
            h.server.enqueue(OpenAIWire.toolCallStream([("s", "system_time", "{}")]), OpenAIWire.textStream(["It is ", "now."]))
            let seen = EventLog()
            let result = try await h.send("time?") { await seen.add($0) }
            #expect(result.response == "It is now.")
            let events = await seen.events
            #expect(events.contains(.model(.textDelta("It is "))))
            #expect(events.contains(.phase(.toolUse("system_time"))))
            #expect(events.contains { if case .toolResult(_, "system_time", _, false) = $0 { true } else { false } })
            #expect(events.last == .phase(.done))
        }
    }

    @Test func silentRepliesAndPhantomActions() async throws {
        try await LoopHarness.run { h in
            h.server.enqueue(OpenAIWire.text("NO_REPLY"))
            let silent = try await h.send("heartbeat")
            #expect(silent.silent && silent.response.isEmpty)
            #expect(try await h.messages().last?.content.plainText == "[no reply needed]")

            h.server.enqueue(OpenAIWire.text("Done! I have sent the message to your Slack channel."), OpenAIWire.text("I cannot post to Slack: I have no tool for it."))
            let honest = try await h.send("post hello to slack")
            #expect(honest.response == "I cannot post to Slack: I have no tool for it.")
            #expect(h.server.requests.last?.body.contains("you called no tool, so nothing was sent") == true)
        }
    }

    @Test func anEmptyResponseIsRetriedOnce() async throws {
        try await LoopHarness.run { h in
            h.server.enqueue(LoopHarness.empty, OpenAIWire.text("here it is"))
            let result = try await h.send("hello")
            #expect(result.response == "here it is" && result.iterations == 2)
            #expect(h.server.requests[1].body.contains("Please provide your response."))
            h.server.enqueue(LoopHarness.empty, LoopHarness.empty)
            let empty = try await h.send("hello again")
            #expect(empty.response.hasPrefix("[The model returned an empty response"))
        }
    }

    @Test func aSlowToolTimesOutAndTheTurnGoesOn() async throws {
        try await LoopHarness.run { h in
            h.registry.register(SlowTool())
            h.configuration.toolTimeout = .milliseconds(200)
            h.server.enqueue(OpenAIWire.toolCalls([("slow", "slow_tool", "{}")]), OpenAIWire.text("it timed out"))
            let result = try await h.send("run the slow tool")
            #expect(result.response == "it timed out")
            #expect(h.server.requests[1].body.contains("slow_tool timed out after 200 ms and was cancelled"))
        }
    }
}

/// Collects loop events.
actor EventLog {
    var events: [LoopEvent] = []
    func add(_ event: LoopEvent) { events.append(event) }
}

/// A tool that takes a minute unless cancelled.
struct SlowTool: Tool {
    struct Input: Decodable, Sendable {}
    static let definition = ToolDefinition(name: "slow_tool", description: "Slow.", inputSchema: .object([:]))
    func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        try await Task.sleep(for: .seconds(60))
        return .success("finished")
    }
}
