import OpenFangTypes

/// `agent_spawn`: starts a child agent from an `agent.toml`. The manifest must be valid, the
/// caller needs `agent_spawn`, and the child may not hold any capability the caller lacks.
public struct AgentSpawnTool: Tool {
    /// The child's manifest.
    public struct Input: Decodable, Sendable {
        /// The whole `agent.toml`.
        public var manifestToml: String

        enum CodingKeys: String, CodingKey {
            case manifestToml = "manifest_toml"
        }
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "agent_spawn", description: "Start a new child agent from an agent.toml manifest. It cannot have more capabilities than you.",
        inputSchema: .object(["manifest_toml": .string("The agent.toml text")], required: ["manifest_toml"]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let parsed = AgentManifest.parse(input.manifestToml, file: "manifest_toml")
        guard let manifest = parsed.value, !parsed.hasErrors else {
            let errors = TOMLValueDecoder.ordered(parsed.issues).filter { $0.severity == .error }
            return .failure("The manifest is invalid:\n" + errors.map(\.description).joined(separator: "\n"))
        }
        let parent = context.permissions
        let child = AgentPermissions(manifest: manifest, execPolicy: parent.execPolicy, approvalRequired: Array(parent.approvalRequired))
        try context.require(parent.checkSpawn(child: child))
        let spawned = try await context.agentDirectory().spawn(manifest, source: input.manifestToml, parent: context.agentID)
        return .success("spawned \(spawned.name) (id \(spawned.id))")
    }
}
