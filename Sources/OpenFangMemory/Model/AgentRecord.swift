import FoundationEssentials
import OpenFangTypes

/// A registered agent as stored: who it is, the manifest it was created from, and its state.
public struct AgentRecord: Sendable, Hashable, Codable {
    /// Its id (kept across restarts).
    public var id: AgentID
    /// Its unique name.
    public var name: String
    /// The `agent.toml` text it was created from.
    public var manifest: String
    /// Its lifecycle state (`created`, `running`, `suspended`, `terminated`, `crashed`).
    public var state: String
    /// The agent that spawned it.
    public var parentID: AgentID?
    /// When it was registered.
    public var createdAt: Date
    /// When it last changed.
    public var updatedAt: Date
    /// Suspended by a graceful shutdown while running: resumed at the next boot.
    public var resumeOnBoot: Bool

    /// Creates a record.
    public init(id: AgentID, name: String, manifest: String, state: String, parentID: AgentID? = nil, createdAt: Date, updatedAt: Date, resumeOnBoot: Bool = false) {
        self.id = id
        self.name = name
        self.manifest = manifest
        self.state = state
        self.parentID = parentID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.resumeOnBoot = resumeOnBoot
    }
}
