import FoundationEssentials
import OpenFangRuntime
import OpenFangTypes

/// One real, minimal completion (plain, then streamed) with the configured key and base URL,
/// explained in plain words.
struct LiveProbe {
    /// What the probe found.
    struct Outcome {
        var ok: Bool
        var lines: [String]
    }

    var config: KernelConfig
    var environment: [String: String]

    func run(provider: String, model: String?) async -> Outcome {
        let resolver = ProviderResolver(config: config, environment: environment)
        let chosenModel = model ?? defaultModel(for: provider, resolver: resolver)
        let resolved: ResolvedProvider
        do {
            resolved = try resolver.resolve(provider: provider, model: chosenModel)
        } catch {
            return Outcome(ok: false, lines: ["\(provider): \(error)"])
        }
        let http = ProviderHTTPClient(connectTimeout: .seconds(5), readTimeout: .seconds(30), headTimeout: .seconds(60))
        let outcome = await probe(resolved, http: http)
        await http.shutdown()
        return outcome
    }

    private func probe(_ resolved: ResolvedProvider, http: ProviderHTTPClient) async -> Outcome {
        let label = "\(resolved.providerID)/\(resolved.model) at \(resolved.baseURL ?? "(no URL)")"
        let driver: any LLMDriver
        do {
            driver = try DriverFactory(http: http).driver(for: resolved)
        } catch {
            return Outcome(ok: false, lines: ["\(label): \(error)"])
        }
        let request = CompletionRequest(
            model: resolved.model, messages: [.user("Reply with the single word: pong")], maxTokens: 16, temperature: 0)
        var lines: [String] = []
        let start = ContinuousClock.now
        do {
            let response = try await driver.complete(request)
            lines.append("ok: \(label) answered \"\(response.text.prefix(40))\" in \(milliseconds(since: start)) ms "
                + "(\(response.usage.inputTokens) tokens in, \(response.usage.outputTokens) out)")
        } catch {
            return Outcome(ok: false, lines: ["fail: \(label): \(describe(error))"])
        }
        let streamStart = ContinuousClock.now
        do {
            var events = 0
            var text = ""
            for try await event in driver.stream(request) {
                events += 1
                if case .textDelta(let piece) = event { text += piece }
            }
            lines.append("ok: streaming works: \(events) events, \"\(text.prefix(40))\" in \(milliseconds(since: streamStart)) ms")
            return Outcome(ok: true, lines: lines)
        } catch {
            return Outcome(ok: false, lines: lines + ["fail: streaming from \(label): \(describe(error))"])
        }
    }

    private func defaultModel(for provider: String, resolver: ProviderResolver) -> String {
        let catalog = resolver.catalog
        if provider == "default" || catalog.provider(named: provider)?.id == catalog.provider(named: config.defaultModel.provider)?.id {
            return config.defaultModel.model
        }
        if catalog.provider(named: provider)?.id == "ollama" { return "llama3.2" }
        return catalog.models(of: provider).first?.id ?? "default"
    }

    private func describe(_ error: any Error) -> String {
        (error as? LLMError)?.description ?? "\(error)"
    }

    private func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }
}
