import Foundation
import OpenFangTesting
import Testing

/// `openfang chat` with standard input piped: each line a message (reply streamed to stdout) or a
/// slash command, against the scripted provider.
@Suite(.serialized, .timeLimit(.minutes(1))) struct ChatCommandTests {
    func home(server: ScriptedLLMServer) throws -> CLITestHome {
        let t = try CLITestHome("cli-chat", environment: ["GROQ_API_KEY": "gsk-test"])
        #expect(try t.run("init", "--quick").status == 0)
        #expect(try t.run("config", "set", "provider_urls.groq", server.baseURL + "/openai/v1").status == 0)
        return t
    }

    /// The request bodies the server received, parsed.
    func bodies(_ server: ScriptedLLMServer) -> [[String: Any]] {
        server.requests.compactMap { $0.json as? [String: Any] }
    }

    @Test func aConversationKeepsItsHistoryAndRepliesStreamToStdout() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try home(server: server)
        defer { t.remove() }
        server.enqueue(OpenAIWire.textStream(["Hello ", "there"]), OpenAIWire.textStream(["Second ", "answer"]))
        let chat = try t.run("chat", input: "hi agent\nand again\n")
        #expect(chat.status == 0, "\(chat.standardError)")
        #expect(chat.standardOutput == "Hello there\nSecond answer\n", "only the replies, no prompt when piped")
        #expect(chat.standardError.contains("registered agent assistant ("))
        #expect(chat.standardError.contains("chatting with assistant (groq/llama-3.3-70b-versatile); /help for commands"))
        let sent = bodies(server)
        #expect(sent.count == 2 && sent.allSatisfy { $0["stream"] as? Bool == true })
        let second = try #require(server.requests.last?.body)
        #expect(second.contains("hi agent") && second.contains("Hello there") && second.contains("and again"))
        await server.shutdown()
    }

    @Test func newStartsAFreshSession() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try home(server: server)
        defer { t.remove() }
        server.enqueue(OpenAIWire.textStream(["noted"]), OpenAIWire.textStream(["fresh"]))
        let chat = try t.run("chat", input: "remember the word walnut\n/new\nwhat was the word?\n")
        #expect(chat.status == 0, "\(chat.standardError)")
        #expect(chat.standardOutput == "noted\nnew session: the agent no longer sees the earlier messages\nfresh\n")
        // Long-term memory may still recall the word in the system prompt; the conversation is new.
        let conversation = try #require(bodies(server).last?["messages"] as? [[String: Any]])
        #expect(conversation.filter { $0["role"] as? String != "system" }.map { $0["content"] as? String } == ["what was the word?"])
        let sessions = try t.run("sessions", "--json")
        #expect(sessions.standardOutput.contains("previous canonical"), "\(sessions.standardOutput)")
        await server.shutdown()
    }

    @Test func modelShowsAndSwitchesTheModel() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try home(server: server)
        defer { t.remove() }
        server.enqueue(OpenAIWire.textStream(["fast"]))
        let chat = try t.run("chat", "assistant", input: "/model\n/model nope/x\n/model groq/llama-3.1-8b-instant\nhello\n/model\n")
        #expect(chat.status == 0, "\(chat.standardError)")
        #expect(chat.standardOutput == """
            model: groq/llama-3.3-70b-versatile
            model: groq/llama-3.1-8b-instant until this chat ends
            fast
            model: groq/llama-3.1-8b-instant

            """)
        #expect(chat.standardError.contains("error: unknown provider \"nope\""), "\(chat.standardError)")
        #expect(bodies(server).map { $0["model"] as? String } == ["llama-3.1-8b-instant"])
        await server.shutdown()
    }

    @Test func usageCountsTokensTodayAndInThisChat() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try home(server: server)
        defer { t.remove() }
        server.enqueue(OpenAIWire.textStream(["one"]), OpenAIWire.textStream(["two"]))
        #expect(try t.run("chat", input: "first\n").status == 0)
        let chat = try t.run("chat", input: "second\n/usage\n")
        #expect(chat.status == 0, "\(chat.standardError)")
        let lines = chat.standardOutput.split(separator: "\n")
        #expect(lines.count == 3 && lines.first == "two")
        #expect(lines.dropFirst().first?.hasPrefix("today (UTC): 2 turns, 22 in / 14 out tokens, $") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("this chat: 1 turn, 11 in / 7 out tokens, $") == true, "\(lines)")
        await server.shutdown()
    }

    @Test func helpUnknownCommandsAndExit() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try home(server: server)
        defer { t.remove() }
        let chat = try t.run("chat", input: "/help\n/frobnicate now\n/exit\nthis is never sent\n")
        #expect(chat.status == 0, "\(chat.standardError)")
        let commands = chat.standardOutput.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        #expect(commands == ["/exit", "/help", "/model", "/new", "/quit", "/usage"], "\(chat.standardOutput)")
        #expect(chat.standardError.contains("unknown command /frobnicate; /help lists them"))
        #expect(server.requests.isEmpty, "nothing after /exit is sent")
        let quit = try t.run("chat", input: "/quit\n")
        #expect(quit.status == 0 && quit.standardOutput.isEmpty)
        await server.shutdown()
    }

    @Test func endOfInputEndsTheChatAndErrorsDoNot() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try home(server: server)
        defer { t.remove() }
        let empty = try t.run("chat", input: "")
        #expect(empty.status == 0 && empty.standardOutput.isEmpty, "\(empty.standardError)")

        server.enqueue(OpenAIWire.error(status: 400, message: "bad request", retryAfter: nil), OpenAIWire.textStream(["recovered"]))
        let chat = try t.run("chat", input: "this fails\nthis works\n")
        #expect(chat.status == 0, "\(chat.standardError)")
        #expect(chat.standardError.contains("error: "), "\(chat.standardError)")
        #expect(chat.standardOutput == "recovered\n")
        await server.shutdown()
    }

    @Test func toolCallsShowOnStderrAndSilentTurnsSaySo() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try home(server: server)
        defer { t.remove() }
        server.enqueue(
            OpenAIWire.toolCallStream([(id: "call_1", name: "file_list", arguments: #"{"path":"."}"#)]), OpenAIWire.textStream(["listed"]),
            OpenAIWire.textStream(["NO_REPLY"]))
        let chat = try t.run("chat", input: "list files\nsay nothing\n")
        #expect(chat.status == 0, "\(chat.standardError)")
        #expect(chat.standardError.contains("  [tool: file_list]\n"), "\(chat.standardError)")
        #expect(chat.standardOutput == "listed\n(no reply)\n", "\(chat.standardOutput)")
        await server.shutdown()
    }
}
