import Foundation
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTesting
import OpenFangTypes
import Testing

@Suite(.timeLimit(.minutes(1))) struct BudgetTests {
    static let manifest = """
        name = "spender"
        [model]
        provider = "openai"
        model = "gpt-4o"
        [resources]
        max_llm_tokens_per_hour = 40
        """

    func withKernel(budget: BudgetConfig = .defaults, _ body: (ScriptedLLMServer, Kernel) async throws -> Void) async throws {
        try await KernelHarness.run(configure: { $0.budget = budget }) { server, kernel, _ in try await body(server, kernel) }
    }

    @Test func tokensPerHourWarnThenRefuseOnTheStreamingPathToo() async throws {
        try await withKernel { server, kernel in
            _ = try await kernel.spawn(source: Self.manifest, file: "spender.toml")
            let events = kernel.events.subscribe()
            for _ in 0..<3 { server.enqueue(OpenAIWire.text("ok")) }
            for _ in 0..<3 { _ = try await kernel.send("spend", to: "spender") }
            server.enqueue(OpenAIWire.textStream(["never"]))
            let refused = await #expect(throws: KernelError.self) {
                try await kernel.send("spend more", to: "spender", events: { _ in })
            }
            let message = refused?.description ?? ""
            #expect(message.hasPrefix("agent spender is over its budget: [resources] max_llm_tokens_per_hour = 40 tokens per hour, spent 54 tokens"))
            #expect(message.contains("at the latest 20"))
            #expect(server.requests.count == 3, "the refused turn never reached the provider")
            #expect(await kernel.summary(of: "spender")?.state == "quota_exceeded")
            #expect(try await kernel.store.agentRecords().first?.state == "quota_exceeded", "the state is persisted")
            #expect(await kernel.budgetWarnings(of: "spender").isEmpty == false, "the last warning stays visible")
            #expect(await kernel.budgetStatus(of: "spender")?.hasPrefix("agent spender is over its budget") == true, "and the status says so")
            let again = await #expect(throws: KernelError.self) { try await kernel.send("still?", to: "spender") }
            #expect(again?.description.hasPrefix("agent spender is over its budget") == true, "every refusal names the limit")
            await kernel.shutdown()
            var warnings: [String] = []
            for await event in events where event.kind == .budget { warnings.append(event.payload["warning"]?.stringValue ?? "") }
            #expect(warnings == ["[resources] max_llm_tokens_per_hour: 36 tokens of 40 tokens this hour"])
        }
    }

    @Test func theGlobalBudgetAppliesToEveryAgent() async throws {
        var budget = BudgetConfig.defaults
        budget.maxHourlyUSD = 0.000_01
        try await withKernel(budget: budget) { server, kernel in
            _ = try await kernel.spawn(source: Self.manifest.replacingOccurrences(of: "max_llm_tokens_per_hour = 40", with: ""), file: "a.toml")
            server.enqueue(OpenAIWire.text("ok"))
            _ = try await kernel.send("one", to: "spender")
            let refused = await #expect(throws: KernelError.self) { try await kernel.send("two", to: "spender") }
            #expect(refused?.description.contains("[budget] max_hourly_usd = $0.00 per hour, spent $0.00") == true)
        }
    }

    @Test func providerLimitsCountEveryAgentsCallsToThatProvider() async throws {
        var budget = BudgetConfig.defaults
        budget.providers = ["openai": ProviderBudget(maxHourlyUSD: 0, maxDailyUSD: 0, maxMonthlyUSD: 0, maxTokensPerHour: 30)]
        try await withKernel(budget: budget) { server, kernel in
            let plain = Self.manifest.replacingOccurrences(of: "max_llm_tokens_per_hour = 40", with: "")
            _ = try await kernel.spawn(source: plain, file: "a.toml")
            _ = try await kernel.spawn(source: plain.replacingOccurrences(of: "spender", with: "saver"), file: "b.toml")
            for _ in 0..<2 { server.enqueue(OpenAIWire.text("ok")) }
            _ = try await kernel.send("one", to: "spender")
            _ = try await kernel.send("two", to: "saver")
            let refused = await #expect(throws: KernelError.self) { try await kernel.send("three", to: "spender") }
            #expect(refused?.description.contains("[budget.providers.openai] max_tokens_per_hour = 30 tokens per hour, spent 36 tokens") == true, "\(refused?.description ?? "")")
        }
    }

    @Test func noLimitUnlessConfigured() async throws {
        try await withKernel { server, kernel in
            _ = try await kernel.spawn(source: Self.manifest.replacingOccurrences(of: "max_llm_tokens_per_hour = 40", with: ""), file: "a.toml")
            for _ in 0..<5 { server.enqueue(OpenAIWire.text("ok")) }
            for _ in 0..<5 { _ = try await kernel.send("spend", to: "spender") }
            #expect(server.requests.count == 5)
        }
    }
}
