/// `[channels.gitter]`: a Gitter room (streaming API).
public struct GitterConfig: ConfigSection {
    /// Variable holding the auth token.
    public var tokenEnv: String
    /// Room to listen in.
    public var roomID: String
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = GitterConfig(
        tokenEnv: "GITTER_TOKEN", roomID: "", defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case tokenEnv = "token_env"
        case roomID = "room_id"
        case defaultAgent = "default_agent"
    }
}

extension GitterConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        tokenEnv = try c.decode(.tokenEnv, default: d.tokenEnv)
        roomID = try c.decode(.roomID, default: d.roomID)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
