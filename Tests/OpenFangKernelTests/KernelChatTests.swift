import Foundation
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTesting
import OpenFangTypes
import Testing

/// What `openfang chat` asks of the kernel: a fresh session, and a model switch that lasts for
/// the kernel's life.
@Suite(.timeLimit(.minutes(1))) struct KernelChatTests {
    @Test func aNewSessionDropsTheHistoryFromTheNextTurn() async throws {
        try await KernelHarness.run { server, kernel, _ in
            let agent = try await kernel.spawn(source: KernelTests.manifest("talker"), file: "talker.toml")
            server.enqueue(OpenAIWire.text("noted"), OpenAIWire.text("what word?"))
            _ = try await kernel.send("the word is walnut", to: "talker")
            let before = try await kernel.store.canonicalSession(for: agent.id).id
            let fresh = try await kernel.startNewSession(for: "talker")
            #expect(fresh != before)
            #expect(try await kernel.store.canonicalSession(for: agent.id).id == fresh)
            _ = try await kernel.send("which word?", to: "talker")
            // Long-term memory may still recall the word in the system prompt; the conversation is new.
            let conversation = try #require(server.requests.last?.json as? [String: Any])["messages"] as? [[String: Any]]
            #expect(conversation?.filter { $0["role"] as? String != "system" }.map { $0["content"] as? String } == ["which word?"])
            #expect(try await kernel.store.session(before)?.messages.count == 2, "the old session is kept")
            await #expect(throws: KernelError.unknownAgent("ghost", known: ["talker"])) { try await kernel.startNewSession(for: "ghost") }
        }
    }

    @Test func setModelSwitchesTheModelOfTheNextTurns() async throws {
        try await KernelHarness.run { server, kernel, _ in
            _ = try await kernel.spawn(source: KernelTests.manifest("switcher"), file: "switcher.toml")
            #expect(try await kernel.currentModel(of: "switcher") == "openai/gpt-4o")
            #expect(try await kernel.setModel("gpt-4o-mini", for: "switcher") == "openai/gpt-4o-mini")
            #expect(await kernel.summary(of: "switcher")?.model == "openai/gpt-4o-mini")
            server.enqueue(OpenAIWire.text("ok"), OpenAIWire.text("ok"))
            _ = try await kernel.send("hi", to: "switcher")
            #expect(try await kernel.setModel("openai/o3-mini-custom", for: "switcher") == "openai/o3-mini-custom", "a provider may serve models the catalog lacks")
            _ = try await kernel.send("again", to: "switcher")
            let models = server.requests.compactMap { ($0.json as? [String: Any])?["model"] as? String }
            #expect(models == ["gpt-4o-mini", "o3-mini-custom"])
        }
    }

    @Test func badModelSpecsAreExplainedAndChangeNothing() async throws {
        try await KernelHarness.run { _, kernel, _ in
            _ = try await kernel.spawn(source: KernelTests.manifest("picky"), file: "picky.toml")
            await #expect(throws: ModelChoiceError.empty) { try await kernel.setModel("  ", for: "picky") }
            await #expect(throws: ModelChoiceError.missingModel(provider: "openai")) { try await kernel.setModel("openai/", for: "picky") }
            await #expect(throws: ModelChoiceError.unknownProvider("opnai", suggestion: "openai")) {
                try await kernel.setModel("opnai/gpt-4o", for: "picky")
            }
            await #expect(throws: ModelChoiceError.unknownModel("gpt-4o-minii", suggestion: "gpt-4o-mini")) {
                try await kernel.setModel("gpt-4o-minii", for: "picky")
            }
            let unusable = ModelChoiceError.unusable("groq/llama-3.1-8b-instant", .missingKey(provider: "groq", variable: "GROQ_API_KEY"))
            await #expect(throws: unusable) { try await kernel.setModel("groq/llama-3.1-8b-instant", for: "picky") }
            #expect(unusable.description.hasPrefix("cannot switch to groq/llama-3.1-8b-instant: groq needs an API key: set GROQ_API_KEY"))
            #expect(ModelChoiceError.unknownProvider("opnai", suggestion: "openai").description.hasPrefix("unknown provider \"opnai\" (did you mean \"openai\"?)"))
            await #expect(throws: KernelError.unknownAgent("ghost", known: ["picky"])) { try await kernel.setModel("gpt-4o", for: "ghost") }
            #expect(try await kernel.currentModel(of: "picky") == "openai/gpt-4o", "nothing changed")
        }
    }
}
