import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// A live entry of the registry: the stored record, its parsed manifest and resolved permissions.
struct RegisteredAgent: Sendable {
    /// As stored.
    var record: AgentRecord
    /// Parsed from `record.manifest`.
    var manifest: AgentManifest
    /// What it may do.
    var permissions: AgentPermissions

    /// Its lifecycle state.
    var state: AgentState { AgentState(rawValue: record.state) ?? .crashed }

    /// What agent tools and listings show.
    var summary: AgentSummary {
        AgentSummary(
            id: record.id, name: record.name, state: record.state, model: "\(manifest.model.provider)/\(manifest.model.model)",
            description: manifest.description, tags: manifest.tags, tools: permissions.capabilities.tools)
    }
}
