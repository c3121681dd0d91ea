import OpenFangTypes

/// Whose keys a KV operation touches: one agent's own namespace, or the explicit shared one.
public enum MemoryNamespace: Sendable, Hashable, CustomStringConvertible {
    /// The agent's private namespace.
    case agent(AgentID)
    /// The namespace every agent may use when it asks for it by name.
    case shared

    /// Stored form: `agent:<uuid>` or `shared`.
    public var description: String {
        switch self {
        case .agent(let id): "agent:\(id)"
        case .shared: "shared"
        }
    }

    /// Parses the stored form.
    public init?(_ text: String) {
        if text == "shared" {
            self = .shared
        } else if text.hasPrefix("agent:"), let id = AgentID(String(text.dropFirst(6))) {
            self = .agent(id)
        } else {
            return nil
        }
    }
}
