import OpenFangTypes

/// Why a turn failed.
public enum AgentLoopError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The model kept calling tools past the iteration limit.
    case maxIterationsExceeded(Int)
    /// The loop guard's circuit breaker stopped the turn.
    case circuitBreak(String)
    /// The session does not exist.
    case sessionNotFound(SessionID)
    /// The model call failed (after the driver's own retries), classified.
    case llm(LLMError)

    public var description: String {
        switch self {
        case .maxIterationsExceeded(let n): "the agent used all \(n) iterations without finishing"
        case .circuitBreak(let reason): reason
        case .sessionNotFound(let id): "no session \(id)"
        case .llm(let reason): "the model call failed: \(reason)"
        }
    }
}
