/// `[channels.matrix]`: a Matrix bot account.
public struct MatrixConfig: ConfigSection {
    /// Homeserver URL.
    public var homeserverURL: String
    /// The bot's user id (`@openfang:matrix.org`).
    public var userID: String
    /// Variable holding the access token.
    public var accessTokenEnv: String
    /// Variable holding an MSC2918 refresh token, used to renew an expired access token.
    public var refreshTokenEnv: String?
    /// Room ids to listen in; empty means every joined room.
    public var allowedRooms: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Join rooms the bot is invited to.
    public var autoAcceptInvites: Bool
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = MatrixConfig(
        homeserverURL: "https://matrix.org", userID: "", accessTokenEnv: "MATRIX_ACCESS_TOKEN",
        refreshTokenEnv: nil, allowedRooms: [], defaultAgent: nil, autoAcceptInvites: false, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case homeserverURL = "homeserver_url"
        case userID = "user_id"
        case accessTokenEnv = "access_token_env"
        case refreshTokenEnv = "refresh_token_env"
        case allowedRooms = "allowed_rooms"
        case defaultAgent = "default_agent"
        case autoAcceptInvites = "auto_accept_invites"
    }
}

extension MatrixConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        homeserverURL = try c.decode(.homeserverURL, default: d.homeserverURL)
        userID = try c.decode(.userID, default: d.userID)
        accessTokenEnv = try c.decode(.accessTokenEnv, default: d.accessTokenEnv)
        refreshTokenEnv = try c.optional(.refreshTokenEnv)
        allowedRooms = try c.decodeStringList(.allowedRooms, default: d.allowedRooms)
        defaultAgent = try c.optional(.defaultAgent)
        autoAcceptInvites = try c.decode(.autoAcceptInvites, default: d.autoAcceptInvites)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
