import OpenFangMemory
import OpenFangTypes

/// A key as the memory tools take it: `shared.<key>` for the namespace every agent may ask for,
/// anything else (optionally `self.<key>`) for the agent's own. `scoped` is what the
/// `memory_read`/`memory_write` capability patterns are matched against.
struct MemoryKey: Sendable, Equatable {
    /// The key inside its namespace.
    var key: String
    /// Whether it lives in the shared namespace.
    var shared: Bool

    /// Parses a key the model gave.
    init(_ text: String) {
        if text.hasPrefix("shared.") {
            key = String(text.dropFirst(7))
            shared = true
        } else {
            key = text.hasPrefix("self.") ? String(text.dropFirst(5)) : text
            shared = false
        }
    }

    /// `shared.<key>` or `self.<key>`.
    var scoped: String { (shared ? "shared." : "self.") + key }

    /// The store namespace for `agent`.
    func namespace(for agent: AgentID) -> MemoryNamespace { shared ? .shared : .agent(agent) }
}
