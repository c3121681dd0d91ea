import Foundation
import OpenFangTesting
import OpenFangTypes
import Synchronization
import Testing
@testable import OpenFangRuntime

@Suite(.timeLimit(.minutes(1))) struct ResilienceTests {
    let request = CompletionRequest(model: "primary-model", messages: [.user("hi")])

    @Test func delaysBackOffWithJitterAndHonourRetryAfter() {
        let policy = RetryPolicy.standard
        #expect(policy.delay(attempt: 0, after: .timeout, jitter: 1) == .seconds(1))
        #expect(policy.delay(attempt: 2, after: .timeout, jitter: 0) == .seconds(2))
        #expect(policy.delay(attempt: 10, after: .timeout, jitter: 1) == .seconds(30))
        #expect(policy.delay(attempt: 0, after: .rateLimited(retryAfter: .seconds(7)), jitter: 1) == .seconds(7))
        #expect(policy.delay(attempt: 0, after: .rateLimited(retryAfter: .seconds(86_400)), jitter: 1) == nil, "a day-long Retry-After: give up now")
    }

    @Test func cooldownStartsAfterRepeatedFailuresAndASuccessClearsIt() {
        let cooldown = ProviderCooldown(threshold: 2, duration: .seconds(60))
        let now = ContinuousClock.now
        #expect(!cooldown.recordFailure("groq", now: now))
        #expect(cooldown.recordFailure("groq", now: now))
        #expect(cooldown.coolingDown("groq", now: now + .seconds(10)) != nil)
        #expect(cooldown.coolingDown("groq", now: now + .seconds(61)) == nil)
        cooldown.recordFailure("openai", now: now)
        cooldown.recordSuccess("openai")
        #expect(!cooldown.recordFailure("openai", now: now))
    }

    @Test func retriesThenFallsBackOverRealHTTP() async throws {
        let primary = try await ScriptedLLMServer.start()
        let backup = try await ScriptedLLMServer.start()
        let http = ProviderHTTPClient(readTimeout: .seconds(5), headTimeout: .seconds(5))
        let slept = Mutex<[Duration]>([])
        let links = [
            ResilientDriver.Link(provider: "primary", model: "primary-model", driver: OpenAICompatibleDriver(configuration: .init(provider: "primary", baseURL: primary.baseURL, apiKey: "p"), http: http)),
            ResilientDriver.Link(provider: "backup", model: "backup-model", driver: OpenAICompatibleDriver(configuration: .init(provider: "backup", baseURL: backup.baseURL, apiKey: "b"), http: http)),
        ]
        let driver = ResilientDriver(links: links, cooldown: ProviderCooldown(threshold: 10), sleep: { delay in slept.withLock { $0.append(delay) } })
        let ok = #"{"choices":[{"message":{"content":"from %@"},"finish_reason":"stop"}]}"#

        primary.enqueue(.error(429, #"{"error":{"message":"slow"}}"#, retryAfter: "3"), .json(ok.replacingOccurrences(of: "%@", with: "primary")))
        #expect(try await driver.complete(request).text == "from primary")
        #expect(slept.withLock { $0 } == [.seconds(3)], "the retry waited retry-after")

        primary.enqueue(.error(401, #"{"error":{"message":"bad key"}}"#))
        backup.enqueue(.json(ok.replacingOccurrences(of: "%@", with: "backup")))
        #expect(try await driver.complete(request).text == "from backup", "a non-retryable error falls back")
        #expect((backup.requests.last?.json as? [String: Any])?["model"] as? String == "backup-model")
        #expect(primary.requests.count == 3, "no retry after 401")

        primary.enqueue(.error(500, "boom"))
        backup.enqueue(.eventStream([(nil, #"{"choices":[{"delta":{"content":"streamed"},"finish_reason":"stop"}]}"#)]))
        let quick = ResilientDriver(links: links, policy: RetryPolicy(maxRetries: 0, baseDelay: .zero, maxDelay: .zero), cooldown: ProviderCooldown(threshold: 10), sleep: { _ in })
        var text = ""
        for try await event in quick.stream(request) { if case .textDelta(let piece) = event { text += piece } }
        #expect(text == "streamed")

        await http.shutdown()
        await primary.shutdown()
        await backup.shutdown()
    }

    @Test func costsComeFromTheCatalogOrAFlaggedDefault() {
        let calculator = CostCalculator()
        let known = calculator.cost(of: TokenUsage(inputTokens: 1_000_000, outputTokens: 1_000_000), model: "sonnet")
        #expect(known == CostCalculator.Cost(usd: 18, estimated: false))
        let unknown = calculator.cost(of: TokenUsage(inputTokens: 500_000, outputTokens: 100_000), model: "my-finetune")
        #expect(unknown.estimated && abs(unknown.usd - 0.8) < 1e-9)
    }
}
