/// Wraps a chain of drivers: retries retryable errors with backoff, skips providers in cooldown,
/// and falls back to the next driver on errors a retry cannot fix.
public struct ResilientDriver: LLMDriver {
    /// One link of the chain: a driver, the provider id it talks to, and the model to ask it for.
    public struct Link: Sendable {
        /// Provider id (cooldown key).
        public var provider: String
        /// Model id for this provider (a fallback may use another model).
        public var model: String
        /// The driver.
        public var driver: any LLMDriver

        /// Creates a link.
        public init(provider: String, model: String, driver: any LLMDriver) {
            self.provider = provider
            self.model = model
            self.driver = driver
        }
    }

    let links: [Link]
    let policy: RetryPolicy
    let cooldown: ProviderCooldown
    let sleep: @Sendable (Duration) async throws -> Void

    /// A chain of `links` (the first is the primary).
    public init(
        links: [Link], policy: RetryPolicy = .standard, cooldown: ProviderCooldown,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.links = links
        self.policy = policy
        self.cooldown = cooldown
        self.sleep = sleep
    }

    public func complete(_ request: CompletionRequest) async throws -> CompletionResponse {
        var lastError: (any Error)?
        for link in links {
            if cooldown.coolingDown(link.provider) != nil {
                lastError = lastError ?? LLMError.overloaded(retryAfter: nil)
                continue
            }
            var linkRequest = request
            linkRequest.model = link.model
            for attempt in 0...policy.maxRetries {
                do {
                    let response = try await link.driver.complete(linkRequest)
                    cooldown.recordSuccess(link.provider)
                    return response
                } catch let error as LLMError {
                    lastError = error
                    cooldown.recordFailure(link.provider)
                    guard error.isRetryable, attempt < policy.maxRetries, cooldown.coolingDown(link.provider) == nil,
                        let wait = policy.delay(attempt: attempt, after: error, jitter: Double.random(in: 0...1))
                    else { break }
                    try await sleep(wait)
                }
            }
        }
        throw lastError ?? LLMError.connection("no provider configured")
    }

    /// Streams from the first provider not cooling down; a stream that fails before its first
    /// event is retried or falls back like `complete`, one that fails midway ends with the error.
    public func stream(_ request: CompletionRequest) -> AsyncThrowingStream<StreamEvent, any Error> {
        let links = self.links
        let policy = self.policy
        let cooldown = self.cooldown
        let sleep = self.sleep
        return AsyncThrowingStream { continuation in
            // The task lives exactly as long as the stream: ending the stream cancels it.
            let task = Task {
                var lastError: (any Error)?
                for link in links where cooldown.coolingDown(link.provider) == nil {
                    var linkRequest = request
                    linkRequest.model = link.model
                    for attempt in 0...policy.maxRetries {
                        var delivered = false
                        do {
                            for try await event in link.driver.stream(linkRequest) {
                                delivered = true
                                continuation.yield(event)
                            }
                            cooldown.recordSuccess(link.provider)
                            continuation.finish()
                            return
                        } catch let error as LLMError {
                            lastError = error
                            cooldown.recordFailure(link.provider)
                            if delivered {
                                continuation.finish(throwing: error)
                                return
                            }
                            guard error.isRetryable, attempt < policy.maxRetries, cooldown.coolingDown(link.provider) == nil,
                                let wait = policy.delay(attempt: attempt, after: error, jitter: Double.random(in: 0...1))
                            else { break }
                            do {
                                try await sleep(wait)
                            } catch {
                                continuation.finish(throwing: error)
                                return
                            }
                        } catch {
                            continuation.finish(throwing: error)
                            return
                        }
                    }
                }
                continuation.finish(throwing: lastError ?? LLMError.overloaded(retryAfter: nil))
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
