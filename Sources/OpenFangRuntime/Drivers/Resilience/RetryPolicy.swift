/// Exponential backoff with jitter that honours the provider's `retry-after`.
public struct RetryPolicy: Sendable {
    /// Retries after the first attempt.
    public var maxRetries: Int
    /// Delay before the first retry.
    public var baseDelay: Duration
    /// Longest delay.
    public var maxDelay: Duration

    /// OpenFang's numbers: 3 retries, 1 s doubling, capped at 30 s.
    public static let standard = RetryPolicy(maxRetries: 3, baseDelay: .seconds(1), maxDelay: .seconds(30))

    /// Creates a policy.
    public init(maxRetries: Int, baseDelay: Duration, maxDelay: Duration) {
        self.maxRetries = maxRetries
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// The wait before retry number `attempt` (0-based) after `error`: the larger of the server's
    /// `retry-after` and the backoff, the backoff jittered to 50–100 % of its value; nil (give up
    /// now) when the server asks for longer than `maxDelay`, so a turn never sleeps for hours.
    public func delay(attempt: Int, after error: LLMError, jitter: Double) -> Duration? {
        let backoff = min(baseDelay * (1 << min(attempt, 20)), maxDelay)
        let jittered = backoff * (0.5 + 0.5 * min(max(jitter, 0), 1))
        switch error {
        case .rateLimited(let retryAfter?), .overloaded(let retryAfter?): return retryAfter > maxDelay ? nil : max(retryAfter, jittered)
        default: return jittered
        }
    }
}
