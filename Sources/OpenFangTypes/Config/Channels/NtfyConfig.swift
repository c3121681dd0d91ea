/// `[channels.ntfy]`: an ntfy topic.
public struct NtfyConfig: ConfigSection {
    /// Server URL.
    public var serverURL: String
    /// Topic to subscribe and publish to.
    public var topic: String
    /// Variable holding the auth token (not needed for public topics).
    public var tokenEnv: String
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = NtfyConfig(
        serverURL: "https://ntfy.sh", topic: "", tokenEnv: "NTFY_TOKEN", defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case topic, overrides
        case serverURL = "server_url"
        case tokenEnv = "token_env"
        case defaultAgent = "default_agent"
    }
}

extension NtfyConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        serverURL = try c.decode(.serverURL, default: d.serverURL)
        topic = try c.decode(.topic, default: d.topic)
        tokenEnv = try c.decode(.tokenEnv, default: d.tokenEnv)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
