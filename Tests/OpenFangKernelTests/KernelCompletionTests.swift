import Foundation
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTesting
import OpenFangTypes
import Testing

/// `complete(agent:history:)`: the caller's conversation is the context of one turn, run in an
/// ephemeral session that is gone afterwards (success or failure), under `send`'s checks.
@Suite(.timeLimit(.minutes(1))) struct KernelCompletionTests {
    @Test func theConversationIsTheContextAndTheSessionIsEphemeral() async throws {
        try await KernelHarness.run { server, kernel, _ in
            let agent = try await kernel.spawn(source: KernelTests.manifest("oracle"), file: "oracle.toml")
            server.enqueue(OpenAIWire.text("Ada"))
            let history: [Message] = [
                Message(role: .system, content: .text("Be brief.")), .user("I am Ada"), .assistant("Hello Ada"), .user("Who am I?"),
            ]
            let result = try await kernel.complete(agent: "oracle", history: history)
            #expect(result.response == "Ada" && result.usage.inputTokens == 11)
            let messages = try #require((server.requests.last?.json as? [String: Any])?["messages"] as? [[String: Any]])
            #expect(messages.map { $0["role"] as? String } == ["system", "user", "assistant", "user"])
            #expect((messages.first?["content"] as? String)?.contains("## Instructions from the caller\nBe brief.") == true)
            #expect(messages.dropFirst().map { $0["content"] as? String } == ["I am Ada", "Hello Ada", "Who am I?"])
            #expect(try await kernel.store.sessions(of: agent.id).isEmpty, "no session is left behind, and no canonical one was made")
            #expect(try await kernel.store.usage(of: agent.id, in: .hour).inputTokens == 11, "usage is booked like any turn")
        }
    }

    @Test func aFailedTurnLeavesNoSessionEither() async throws {
        try await KernelHarness.run { server, kernel, _ in
            let agent = try await kernel.spawn(source: KernelTests.manifest("oracle"), file: "oracle.toml")
            server.enqueue(OpenAIWire.error(status: 400, message: "bad request", retryAfter: nil))
            await #expect(throws: (any Error).self) { try await kernel.complete(agent: "oracle", history: [.assistant("earlier"), .user("hi")]) }
            #expect(try await kernel.store.sessions(of: agent.id).isEmpty)
        }
    }

    @Test func theLastMessageMustBeTheUsersAndSendsChecksApply() async throws {
        try await KernelHarness.run { server, kernel, _ in
            let agent = try await kernel.spawn(source: KernelTests.manifest("oracle"), file: "oracle.toml")
            let toolResult = Message(role: .user, content: .blocks([.toolResult(toolUseID: "c1", toolName: "t", content: "x", isError: false)]))
            await #expect(throws: CompletionError.emptyHistory) { try await kernel.complete(agent: "oracle", history: [Message(role: .system, content: .text("s"))]) }
            await #expect(throws: CompletionError.lastMessageNotFromUser("assistant")) { try await kernel.complete(agent: "oracle", history: [.user("a"), .assistant("b")]) }
            await #expect(throws: CompletionError.lastMessageNotFromUser("a tool result")) { try await kernel.complete(agent: "oracle", history: [toolResult]) }
            await #expect(throws: CompletionError.emptyTurn) { try await kernel.complete(agent: "oracle", history: [.user("")]) }
            await #expect(throws: KernelError.unknownAgent("ghost", known: ["oracle"])) { try await kernel.complete(agent: "ghost", history: [.user("hi")]) }
            try await kernel.setState(.suspended, of: "oracle")
            await #expect(throws: KernelError.notRunning("oracle", .suspended)) { try await kernel.complete(agent: "oracle", history: [.user("hi")]) }
            #expect(server.requests.isEmpty, "every refusal came before a model call")
            #expect(try await kernel.store.sessions(of: agent.id).isEmpty)
        }
    }
}
