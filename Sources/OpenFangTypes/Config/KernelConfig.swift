/// The whole `config.toml`, every section with OpenFang's defaults.
public struct KernelConfig: ConfigSection {
    /// Home directory (nil = `$OPENFANG_HOME` or `~/.openfang`).
    public var homeDir: String?
    /// Data directory (nil = `<home>/data`).
    public var dataDir: String?
    /// Log level: trace, debug, info, warn, error.
    public var logLevel: String
    /// Address the API listens on (alias `listen_addr`).
    public var apiListen: String
    /// Start the OFP peer network.
    public var networkEnabled: Bool
    /// Model used when a manifest says `default`.
    public var defaultModel: DefaultModelConfig
    /// Memory substrate.
    public var memory: MemoryConfig
    /// OFP peer network.
    public var network: NetworkConfig
    /// Chat platform adapters.
    public var channels: ChannelsConfig
    /// API key clients must send (empty = loopback clients only).
    public var apiKey: String
    /// stable, default or dev.
    public var mode: KernelMode
    /// Interface language.
    public var language: String
    /// Known users and their roles.
    public var users: [UserConfig]
    /// MCP servers.
    public var mcpServers: [MCPServerConfig]
    /// Agent-to-Agent protocol (nil = off).
    public var a2a: A2AConfig?
    /// Usage line appended to replies.
    public var usageFooter: UsageFooterMode
    /// Web search and fetch.
    public var web: WebConfig
    /// Providers tried when the primary fails.
    public var fallbackProviders: [FallbackProviderConfig]
    /// Browser tool.
    public var browser: BrowserConfig
    /// MCP integration health.
    public var extensions: ExtensionsConfig
    /// Credential vault.
    public var vault: VaultConfig
    /// Agent workspaces (nil = `<home>/workspaces`).
    public var workspacesDir: String?
    /// Media understanding.
    public var media: MediaConfig
    /// Link understanding.
    public var links: LinksConfig
    /// Config hot-reload.
    public var reload: ReloadConfig
    /// Webhook trigger endpoints (nil = off).
    public var webhookTriggers: WebhookTriggersConfig?
    /// Human approval of risky tools (alias `approval_policy`).
    public var approval: ApprovalConfig
    /// Cron jobs allowed in total.
    public var maxCronJobs: Int
    /// API cost units each client may spend per minute (0 = no rate limit; our addition).
    public var apiRateLimitPerMinute: Int
    /// Browser origins allowed to call the API (CORS; our addition).
    public var apiCorsOrigins: [String]
    /// Files merged under this one (relative paths).
    public var include: [String]
    /// Shell command policy.
    public var execPolicy: ExecPolicyConfig
    /// Message routing rules.
    public var bindings: [BindingConfig]
    /// Broadcast routes.
    public var broadcast: BroadcastConfig
    /// Automatic replies.
    public var autoReply: AutoReplyConfig
    /// HTML canvases.
    public var canvas: CanvasConfig
    /// Text-to-speech.
    public var tts: TTSConfig
    /// Docker sandbox.
    public var docker: DockerSandboxConfig
    /// Device pairing.
    public var pairing: PairingConfig
    /// Several keys per provider, by priority.
    public var authProfiles: [String: [AuthProfile]]
    /// Extended thinking (nil = off).
    public var thinking: ThinkingConfig?
    /// Global spending limits.
    public var budget: BudgetConfig
    /// Provider id → base URL.
    public var providerURLs: [String: String]
    /// Provider id → key variable name.
    public var providerAPIKeys: [String: String]
    /// OAuth client ids.
    public var oauth: OAuthConfig
    /// Dashboard login.
    public var auth: AuthConfig
    /// Workflow files (nil = `<home>/workflows`).
    public var workflowsDir: String?
    /// Agent liveness.
    public var heartbeat: HeartbeatSettings
    /// Per-skill settings.
    public var skills: [String: [String: String]]

    /// OpenFang's defaults.
    public static let defaults = KernelConfig(
        homeDir: nil, dataDir: nil, logLevel: "info", apiListen: "127.0.0.1:4200", networkEnabled: false,
        defaultModel: .defaults, memory: .defaults, network: .defaults, channels: .defaults, apiKey: "",
        mode: .default, language: "en", users: [], mcpServers: [], a2a: nil, usageFooter: .full, web: .defaults,
        fallbackProviders: [], browser: .defaults, extensions: .defaults, vault: .defaults, workspacesDir: nil,
        media: .defaults, links: .defaults, reload: .defaults, webhookTriggers: nil, approval: .defaults,
        maxCronJobs: 500, apiRateLimitPerMinute: 500, apiCorsOrigins: [], include: [], execPolicy: .defaults, bindings: [], broadcast: .defaults,
        autoReply: .defaults, canvas: .defaults, tts: .defaults, docker: .defaults, pairing: .defaults,
        authProfiles: [:], thinking: nil, budget: .defaults, providerURLs: [:], providerAPIKeys: [:],
        oauth: .defaults, auth: .defaults, workflowsDir: nil, heartbeat: .defaults, skills: [:])

    enum CodingKeys: String, CodingKey {
        case memory, network, channels, mode, language, users, a2a, web, browser, extensions, vault, media, links, reload, approval, include, bindings, broadcast, canvas, tts, docker, pairing, thinking, budget, oauth, auth, heartbeat, skills
        case homeDir = "home_dir"
        case dataDir = "data_dir"
        case logLevel = "log_level"
        case apiListen = "api_listen"
        case networkEnabled = "network_enabled"
        case defaultModel = "default_model"
        case apiKey = "api_key"
        case mcpServers = "mcp_servers"
        case usageFooter = "usage_footer"
        case fallbackProviders = "fallback_providers"
        case workspacesDir = "workspaces_dir"
        case webhookTriggers = "webhook_triggers"
        case maxCronJobs = "max_cron_jobs"
        case apiRateLimitPerMinute = "api_rate_limit_per_minute"
        case apiCorsOrigins = "api_cors_origins"
        case execPolicy = "exec_policy"
        case autoReply = "auto_reply"
        case authProfiles = "auth_profiles"
        case providerURLs = "provider_urls"
        case providerAPIKeys = "provider_api_keys"
        case workflowsDir = "workflows_dir"
    }
}

extension KernelConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        homeDir = try c.optional(.homeDir)
        dataDir = try c.optional(.dataDir)
        logLevel = try c.decode(.logLevel, default: d.logLevel)
        let aliases = try decoder.container(keyedBy: AnyCodingKey.self)
        let listenAddress = try aliases.decode([AnyCodingKey("listen_addr")], default: d.apiListen)
        apiListen = try c.decode(.apiListen, default: listenAddress)
        networkEnabled = try c.decode(.networkEnabled, default: d.networkEnabled)
        defaultModel = try c.decode(.defaultModel, default: d.defaultModel)
        memory = try c.decode(.memory, default: d.memory)
        network = try c.decode(.network, default: d.network)
        channels = try c.decode(.channels, default: d.channels)
        apiKey = try c.decode(.apiKey, default: d.apiKey)
        mode = try c.decode(.mode, default: d.mode)
        language = try c.decode(.language, default: d.language)
        users = try c.decode(.users, default: d.users)
        mcpServers = try c.decode(.mcpServers, default: d.mcpServers)
        a2a = try c.optional(.a2a)
        usageFooter = try c.decode(.usageFooter, default: d.usageFooter)
        web = try c.decode(.web, default: d.web)
        fallbackProviders = try c.decode(.fallbackProviders, default: d.fallbackProviders)
        browser = try c.decode(.browser, default: d.browser)
        extensions = try c.decode(.extensions, default: d.extensions)
        vault = try c.decode(.vault, default: d.vault)
        workspacesDir = try c.optional(.workspacesDir)
        media = try c.decode(.media, default: d.media)
        links = try c.decode(.links, default: d.links)
        reload = try c.decode(.reload, default: d.reload)
        webhookTriggers = try c.optional(.webhookTriggers)
        let approvalPolicy = try aliases.decode([AnyCodingKey("approval_policy")], default: d.approval)
        approval = try c.decode(.approval, default: approvalPolicy)
        maxCronJobs = try c.decode(.maxCronJobs, default: d.maxCronJobs)
        apiRateLimitPerMinute = try c.decode(.apiRateLimitPerMinute, default: d.apiRateLimitPerMinute)
        apiCorsOrigins = try c.decode(.apiCorsOrigins, default: d.apiCorsOrigins)
        include = try c.decode(.include, default: d.include)
        execPolicy = try c.decode(.execPolicy, default: d.execPolicy)
        bindings = try c.decode(.bindings, default: d.bindings)
        broadcast = try c.decode(.broadcast, default: d.broadcast)
        autoReply = try c.decode(.autoReply, default: d.autoReply)
        canvas = try c.decode(.canvas, default: d.canvas)
        tts = try c.decode(.tts, default: d.tts)
        docker = try c.decode(.docker, default: d.docker)
        pairing = try c.decode(.pairing, default: d.pairing)
        authProfiles = try c.decode(.authProfiles, default: d.authProfiles)
        thinking = try c.optional(.thinking)
        budget = try c.decode(.budget, default: d.budget)
        providerURLs = try c.decode(.providerURLs, default: d.providerURLs)
        providerAPIKeys = try c.decode(.providerAPIKeys, default: d.providerAPIKeys)
        oauth = try c.decode(.oauth, default: d.oauth)
        auth = try c.decode(.auth, default: d.auth)
        workflowsDir = try c.optional(.workflowsDir)
        heartbeat = try c.decode(.heartbeat, default: d.heartbeat)
        skills = try c.decode(.skills, default: d.skills)
    }
}
