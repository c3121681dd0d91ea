import OpenFangRuntime

/// Wraps a driver and adds up the time spent waiting for it, so the loop's own overhead is the
/// turn's time minus this.
actor ProviderWait {
    private(set) var total: Duration = .zero
    func add(_ duration: Duration) { total += duration }
    func reset() { total = .zero }
}

/// A driver that measures each call to the one it wraps.
struct TimingDriver: LLMDriver {
    let inner: any LLMDriver
    let wait: ProviderWait

    func complete(_ request: CompletionRequest) async throws -> CompletionResponse {
        let start = ContinuousClock.now
        let response = try await inner.complete(request)
        await wait.add(start.duration(to: .now))
        return response
    }

    func stream(_ request: CompletionRequest) -> AsyncThrowingStream<StreamEvent, any Error> {
        inner.stream(request)
    }
}
