import FoundationEssentials
import OpenFangRuntime
import OpenFangTypes

/// A turn that passed the kernel's checks (state, RBAC, provider, budget), ready to run: the
/// agent, the loop built for it and the provider its usage is booked to.
struct PreparedTurn: Sendable {
    /// The agent as it was when checked.
    var agent: RegisteredAgent
    /// The loop (driver chain, permissions, workspace, system prompt).
    var loop: AgentLoop
    /// The provider the usage is recorded against.
    var provider: String

    /// Adds a caller's instructions to the system prompt for this turn only, in a section after
    /// the agent's own identity (which stays first and is never replaced).
    mutating func addInstructions(_ instructions: String) {
        guard !instructions.isEmpty else { return }
        var configuration = loop.configuration
        let identity = configuration.systemPrompt.trimmed()
        configuration.systemPrompt = (identity.isEmpty ? "" : identity + "\n\n") + "## Instructions from the caller\n" + instructions
        loop = AgentLoop(environment: loop.environment, configuration: configuration)
    }
}
