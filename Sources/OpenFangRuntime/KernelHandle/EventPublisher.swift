import OpenFangTypes

/// The kernel's event bus as `event_publish` sees it.
public protocol EventPublisher: Sendable {
    /// Publishes a custom event from `source`.
    func publish(type: String, payload: JSONValue, from source: AgentID) async throws
}
