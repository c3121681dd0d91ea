/// `[browser]`: the headless browser tool.
public struct BrowserConfig: ConfigSection {
    /// Whether browser tools are offered.
    public var enabled: Bool
    /// Run without a window.
    public var headless: Bool
    /// Viewport width in pixels.
    public var viewportWidth: Int
    /// Viewport height in pixels.
    public var viewportHeight: Int
    /// Per-action timeout.
    public var timeoutSecs: Int
    /// Close a session idle this long.
    public var idleTimeoutSecs: Int
    /// Concurrent browser sessions.
    public var maxSessions: Int
    /// Chromium binary (nil = search PATH).
    public var chromiumPath: String?

    /// OpenFang's defaults.
    public static let defaults = BrowserConfig(
        enabled: true, headless: true, viewportWidth: 1280, viewportHeight: 720, timeoutSecs: 30,
        idleTimeoutSecs: 300, maxSessions: 5, chromiumPath: nil)

    enum CodingKeys: String, CodingKey {
        case enabled, headless
        case viewportWidth = "viewport_width"
        case viewportHeight = "viewport_height"
        case timeoutSecs = "timeout_secs"
        case idleTimeoutSecs = "idle_timeout_secs"
        case maxSessions = "max_sessions"
        case chromiumPath = "chromium_path"
    }
}

extension BrowserConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        enabled = try c.decode(.enabled, default: d.enabled)
        headless = try c.decode(.headless, default: d.headless)
        viewportWidth = try c.decode(.viewportWidth, default: d.viewportWidth)
        viewportHeight = try c.decode(.viewportHeight, default: d.viewportHeight)
        timeoutSecs = try c.decode(.timeoutSecs, default: d.timeoutSecs)
        idleTimeoutSecs = try c.decode(.idleTimeoutSecs, default: d.idleTimeoutSecs)
        maxSessions = try c.decode(.maxSessions, default: d.maxSessions)
        chromiumPath = try c.optional(.chromiumPath)
    }
}
