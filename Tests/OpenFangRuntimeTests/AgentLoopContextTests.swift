import Foundation
import OpenFangMemory
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct AgentLoopContextTests {
    func history(_ pairs: Int, size: Int = 20) -> [Message] {
        (0..<pairs).flatMap { index in
            [Message.user("question \(index) " + String(repeating: "q", count: size)), Message.assistant("answer \(index) " + String(repeating: "a", count: size))]
        }
    }

    @Test func compactionSummarisesKeepsRecentAndCanBeRestored() async throws {
        try await LoopHarness.run { h in
            let original = history(17)
            try await h.store.append(original, to: h.session)
            h.server.enqueue(OpenAIWire.text("SUMMARY of questions 0 to 11"), OpenAIWire.text("ok"))
            let result = try await h.send("next")
            #expect(result.response == "ok")
            #expect(h.server.requests[0].body.contains("Summarise this conversation") && h.server.requests[0].body.contains("question 0 "))
            #expect(h.server.requests[1].body.contains("[Summary of the earlier conversation]\\nSUMMARY of questions 0 to 11"))
            let session = try #require(try await h.store.session(h.session))
            #expect(session.record.compactedSummary == "SUMMARY of questions 0 to 11")
            #expect(session.messages.count == 12 && session.messages.first?.content.plainText.hasPrefix("question 12") == true)

            let restored = try await SessionCompactor.restore(compactionIn: result.runID, store: h.store)
            #expect(restored)
            let back = try #require(try await h.store.session(h.session))
            #expect(back.messages == original)
            #expect(back.record.compactedSummary?.isEmpty != false)
        }
    }

    @Test func theSplitNeverCutsAReplyOrAToolExchangeOff() {
        // A turn that failed left a user message without a reply: the plain split would land on an answer.
        var messages = history(5)
        messages.append(.user("failed turn"))
        messages += history(6)
        // 23 messages, keep 11: the plain split (12) is an answer; the turn starts one earlier.
        #expect(messages[12].role == .assistant && SessionCompactor.boundary(in: messages, keepRecent: 11) == 11)
        // A tool exchange at the split moves it back to the user message that started the turn.
        let call = Message(role: .assistant, content: .blocks([.toolUse(id: ToolCallID("c1"), name: "memory_store", input: .object([:]))]))
        let result = Message(role: .user, content: .blocks([.toolResult(toolUseID: ToolCallID("c1"), toolName: "memory_store", content: "ok", isError: false)]))
        let tooled = history(3) + [.user("store it"), call, result, .assistant("stored")] + history(4)
        #expect(SessionCompactor.boundary(in: tooled, keepRecent: 10) == 6)
        #expect(SessionCompactor.boundary(in: [.user("only one")] + history(0), keepRecent: 10) == nil)
    }

    @Test func compactionLosesNoMessageAroundAFailedTurn() async throws {
        try await LoopHarness.run { h in
            // 33 messages, 10 kept: the plain split (23) is an answer, because a failed turn later
            // left a user message without one.
            var original = history(12)
            original.append(.user("the turn that failed"))
            original += history(4).map { message in Message(role: message.role, content: .text(message.content.plainText + " late")) }
            #expect(original[23].role == .assistant)
            try await h.store.append(original, to: h.session)
            h.server.enqueue(OpenAIWire.text("SUMMARY"), OpenAIWire.text("ok"))
            _ = try await h.send("next")
            let session = try #require(try await h.store.session(h.session))
            let summarised = h.server.requests[0].body
            for message in original {
                let text = message.content.plainText
                let kept = session.messages.contains { $0.content.plainText.contains(text) }
                #expect(kept || summarised.contains(text), "lost: \(text)")
            }
            #expect(session.messages.first?.role == .user)
        }
    }

    @Test func aFailingSummariserFallsBackToADigest() async throws {
        try await LoopHarness.run { h in
            try await h.store.append(history(17), to: h.session)
            h.server.enqueue(OpenAIWire.error(status: 400, message: "bad", retryAfter: nil), OpenAIWire.text("ok"))
            _ = try await h.send("next")
            let summary = try await h.store.session(h.session)?.record.compactedSummary
            #expect(summary?.hasPrefix("Earlier, the user asked (24 messages condensed without a model)") == true)
        }
    }

    @Test func overflowStagesShrinkTheRequestAndAreJournaled() async throws {
        try await LoopHarness.run { h in
            try await h.store.append(history(8, size: 400), to: h.session)
            h.configuration.contextWindow = 1_500
            h.configuration.compaction.tokenThresholdRatio = 100
            h.configuration.permissions = .granting(tools: [])
            h.server.enqueue(OpenAIWire.text("fine"))
            let result = try await h.send("go")
            let messages = try #require(h.requestBody(0)["messages"] as? [[String: Any]])
            #expect(messages.count < 17)
            let notes = try await h.steps(result.runID).filter { $0.kind == .note }.map(\.payload)
            #expect(notes.contains { if case .object(let o) = $0, o["overflow_stage"] != nil { true } else { false } })
            #expect(try await h.messages().count == 18)
        }
    }

    @Test func maxTokensAsksToContinueThenGivesUp() async throws {
        try await LoopHarness.run { h in
            h.server.enqueue(LoopHarness.truncated("Hello "), OpenAIWire.text("world"))
            let result = try await h.send("greet")
            #expect(result.response == "Hello world")
            let messages = try #require(h.requestBody(1)["messages"] as? [[String: Any]])
            #expect(messages.last?["content"] as? String == "Please continue.")
            #expect(try await h.messages().last?.content.plainText == "Hello world")

            h.configuration.maxContinuations = 2
            h.server.enqueue(LoopHarness.truncated("a"), LoopHarness.truncated("b"), LoopHarness.truncated("c"))
            let partial = try await h.send("long")
            #expect(partial.response == "abc" && partial.iterations == 3)
        }
    }

    @Test func recalledMemoryReachesThePromptAndTurnsAreRemembered() async throws {
        try await LoopHarness.run { h in
            h.server.enqueue(OpenAIWire.text("Your favourite colour is teal."))
            _ = try await h.send("My favourite colour is teal")
            h.server.enqueue(OpenAIWire.text("Teal."))
            let second = try await h.send("what is my favourite colour")
            #expect(h.server.requests[1].body.contains("## Memory") && h.server.requests[1].body.contains("User asked: My favourite colour is teal"))
            #expect(second.attribution.recalledMemory > 0)
        }
    }
}
