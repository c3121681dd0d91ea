/// An agent as written in `agent.toml`: every field OpenFang reads, with its defaults.
public struct AgentManifest: ConfigSection {
    /// Unique agent name.
    public var name: String
    /// Manifest version.
    public var version: String
    /// What the agent is for.
    public var description: String
    /// Who wrote it.
    public var author: String
    /// `builtin:chat` (LLM loop), `wasm:<path>` or `python:<path>`.
    public var module: String
    /// When the agent runs.
    public var schedule: ScheduleMode
    /// Model settings.
    public var model: ManifestModelConfig
    /// Models tried when the primary is unavailable.
    public var fallbackModels: [FallbackModel]
    /// Resource limits.
    public var resources: ResourceQuota
    /// Scheduling priority.
    public var priority: Priority
    /// Granted capabilities.
    public var capabilities: ManifestCapabilities
    /// Tool preset.
    public var profile: ToolProfile?
    /// Per-tool settings.
    public var tools: [String: ToolConfig]
    /// Skills allowed (empty = all).
    public var skills: [String]
    /// MCP servers allowed (empty = all).
    public var mcpServers: [String]
    /// Free-form metadata.
    public var metadata: [String: JSONValue]
    /// Tags for search and grouping.
    public var tags: [String]
    /// Complexity-based model routing.
    public var routing: ModelRoutingConfig?
    /// Limits for autonomous operation.
    public var autonomous: AutonomousConfig?
    /// Model used in stable mode.
    public var pinnedModel: String?
    /// User working directory (nil = the agent's workspace).
    public var workspace: String?
    /// State directory (always `workspaces/<name>` when nil).
    public var stateDir: String?
    /// Create SOUL.md, IDENTITY.md … on first start.
    public var generateIdentityFiles: Bool
    /// Shell policy (nil = the global one); a mode string or a table.
    public var execPolicy: ExecPolicyConfig?
    /// Extra filter: only these tools (case-insensitive).
    public var toolAllowlist: [String]
    /// Extra filter: never these tools (case-insensitive).
    public var toolBlocklist: [String]
    /// Read `context.md` once instead of every turn.
    public var cacheContext: Bool
    /// History kept per turn (nil or 0 = 20).
    public var maxHistoryMessages: Int?

    /// OpenFang's defaults.
    public static let defaults = AgentManifest(
        name: "unnamed", version: "0.1.0", description: "", author: "", module: "builtin:chat", schedule: .reactive,
        model: .defaults, fallbackModels: [], resources: .defaults, priority: .normal, capabilities: .defaults,
        profile: nil, tools: [:], skills: [], mcpServers: [], metadata: [:], tags: [], routing: nil, autonomous: nil,
        pinnedModel: nil, workspace: nil, stateDir: nil, generateIdentityFiles: true, execPolicy: nil,
        toolAllowlist: [], toolBlocklist: [], cacheContext: false, maxHistoryMessages: nil)

    enum CodingKeys: String, CodingKey {
        case name, version, description, author, module, schedule, model, resources, priority, capabilities, profile, tools, skills, metadata, tags, routing, autonomous, workspace
        case fallbackModels = "fallback_models"
        case mcpServers = "mcp_servers"
        case pinnedModel = "pinned_model"
        case stateDir = "state_dir"
        case generateIdentityFiles = "generate_identity_files"
        case execPolicy = "exec_policy"
        case toolAllowlist = "tool_allowlist"
        case toolBlocklist = "tool_blocklist"
        case cacheContext = "cache_context"
        case maxHistoryMessages = "max_history_messages"
    }
}

extension AgentManifest {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        name = try c.decode(.name, default: d.name)
        version = try c.decode(.version, default: d.version)
        description = try c.decode(.description, default: d.description)
        author = try c.decode(.author, default: d.author)
        module = try c.decode(.module, default: d.module)
        schedule = try c.decode(.schedule, default: d.schedule)
        model = try c.decode(.model, default: d.model)
        fallbackModels = try c.decode(.fallbackModels, default: d.fallbackModels)
        resources = try c.decode(.resources, default: d.resources)
        priority = try c.decode(.priority, default: d.priority)
        capabilities = try c.decode(.capabilities, default: d.capabilities)
        profile = try c.optional(.profile)
        tools = try c.decode(.tools, default: d.tools)
        skills = try c.decode(.skills, default: d.skills)
        mcpServers = try c.decode(.mcpServers, default: d.mcpServers)
        metadata = try c.decode(.metadata, default: d.metadata)
        tags = try c.decode(.tags, default: d.tags)
        routing = try c.optional(.routing)
        autonomous = try c.optional(.autonomous)
        pinnedModel = try c.optional(.pinnedModel)
        workspace = try c.optional(.workspace)
        stateDir = try c.optional(.stateDir)
        generateIdentityFiles = try c.decode(.generateIdentityFiles, default: d.generateIdentityFiles)
        execPolicy = try c.optional(.execPolicy)
        toolAllowlist = try c.decode(.toolAllowlist, default: d.toolAllowlist)
        toolBlocklist = try c.decode(.toolBlocklist, default: d.toolBlocklist)
        cacheContext = try c.decode(.cacheContext, default: d.cacheContext)
        maxHistoryMessages = try c.optional(.maxHistoryMessages)
    }
}
