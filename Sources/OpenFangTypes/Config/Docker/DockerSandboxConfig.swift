/// `[docker]`: Docker sandbox for tool execution.
public struct DockerSandboxConfig: ConfigSection {
    /// Whether the sandbox is used.
    public var enabled: Bool
    /// Container image.
    public var image: String
    /// Container name prefix.
    public var containerPrefix: String
    /// Working directory inside the container.
    public var workdir: String
    /// Docker network mode.
    public var network: String
    /// Memory limit.
    public var memoryLimit: String
    /// CPU limit in cores.
    public var cpuLimit: Double
    /// Per-command timeout.
    public var timeoutSecs: Int
    /// Mount the root filesystem read-only.
    public var readOnlyRoot: Bool
    /// Linux capabilities to add.
    public var capAdd: [String]
    /// tmpfs mounts.
    public var tmpfs: [String]
    /// Process limit.
    public var pidsLimit: Int
    /// Which agents use the sandbox.
    public var mode: DockerSandboxMode
    /// Container lifetime.
    public var scope: DockerScope
    /// Keep a finished container this long for reuse.
    public var reuseCoolSecs: Int
    /// Remove containers idle this long.
    public var idleTimeoutSecs: Int
    /// Remove containers older than this.
    public var maxAgeSecs: Int
    /// Host paths never mounted.
    public var blockedMounts: [String]

    /// OpenFang's defaults.
    public static let defaults = DockerSandboxConfig(
        enabled: false, image: "python:3.12-slim", containerPrefix: "openfang-sandbox", workdir: "/workspace",
        network: "none", memoryLimit: "512m", cpuLimit: 1.0, timeoutSecs: 60, readOnlyRoot: true, capAdd: [],
        tmpfs: ["/tmp:size=64m"], pidsLimit: 100, mode: .off, scope: .session, reuseCoolSecs: 300,
        idleTimeoutSecs: 86400, maxAgeSecs: 604800, blockedMounts: [])

    enum CodingKeys: String, CodingKey {
        case enabled, image, workdir, network, tmpfs, mode, scope
        case containerPrefix = "container_prefix"
        case memoryLimit = "memory_limit"
        case cpuLimit = "cpu_limit"
        case timeoutSecs = "timeout_secs"
        case readOnlyRoot = "read_only_root"
        case capAdd = "cap_add"
        case pidsLimit = "pids_limit"
        case reuseCoolSecs = "reuse_cool_secs"
        case idleTimeoutSecs = "idle_timeout_secs"
        case maxAgeSecs = "max_age_secs"
        case blockedMounts = "blocked_mounts"
    }
}

extension DockerSandboxConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        enabled = try c.decode(.enabled, default: d.enabled)
        image = try c.decode(.image, default: d.image)
        containerPrefix = try c.decode(.containerPrefix, default: d.containerPrefix)
        workdir = try c.decode(.workdir, default: d.workdir)
        network = try c.decode(.network, default: d.network)
        memoryLimit = try c.decode(.memoryLimit, default: d.memoryLimit)
        cpuLimit = try c.decode(.cpuLimit, default: d.cpuLimit)
        timeoutSecs = try c.decode(.timeoutSecs, default: d.timeoutSecs)
        readOnlyRoot = try c.decode(.readOnlyRoot, default: d.readOnlyRoot)
        capAdd = try c.decode(.capAdd, default: d.capAdd)
        tmpfs = try c.decode(.tmpfs, default: d.tmpfs)
        pidsLimit = try c.decode(.pidsLimit, default: d.pidsLimit)
        mode = try c.decode(.mode, default: d.mode)
        scope = try c.decode(.scope, default: d.scope)
        reuseCoolSecs = try c.decode(.reuseCoolSecs, default: d.reuseCoolSecs)
        idleTimeoutSecs = try c.decode(.idleTimeoutSecs, default: d.idleTimeoutSecs)
        maxAgeSecs = try c.decode(.maxAgeSecs, default: d.maxAgeSecs)
        blockedMounts = try c.decode(.blockedMounts, default: d.blockedMounts)
    }
}
