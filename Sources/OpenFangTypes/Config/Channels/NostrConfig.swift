/// `[channels.nostr]`: a Nostr identity on a set of relays.
public struct NostrConfig: ConfigSection {
    /// Variable holding the private key (nsec or hex).
    public var privateKeyEnv: String
    /// Relay URLs to connect to.
    public var relays: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = NostrConfig(
        privateKeyEnv: "NOSTR_PRIVATE_KEY", relays: ["wss://relay.damus.io"], defaultAgent: nil,
        overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case relays, overrides
        case privateKeyEnv = "private_key_env"
        case defaultAgent = "default_agent"
    }
}

extension NostrConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        privateKeyEnv = try c.decode(.privateKeyEnv, default: d.privateKeyEnv)
        relays = try c.decodeStringList(.relays, default: d.relays)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
