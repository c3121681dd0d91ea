/// `[pairing]`: pairing of mobile devices.
public struct PairingConfig: ConfigSection {
    /// Whether pairing is on.
    public var enabled: Bool
    /// Paired devices allowed.
    public var maxDevices: Int
    /// Pairing token lifetime.
    public var tokenExpirySecs: Int
    /// `none`, `ntfy` or `gotify`.
    public var pushProvider: String
    /// ntfy server.
    public var ntfyURL: String?
    /// ntfy topic.
    public var ntfyTopic: String?

    /// OpenFang's defaults.
    public static let defaults = PairingConfig(
        enabled: false, maxDevices: 10, tokenExpirySecs: 300, pushProvider: "none", ntfyURL: nil, ntfyTopic: nil)

    enum CodingKeys: String, CodingKey {
        case enabled
        case maxDevices = "max_devices"
        case tokenExpirySecs = "token_expiry_secs"
        case pushProvider = "push_provider"
        case ntfyURL = "ntfy_url"
        case ntfyTopic = "ntfy_topic"
    }
}

extension PairingConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        enabled = try c.decode(.enabled, default: d.enabled)
        maxDevices = try c.decode(.maxDevices, default: d.maxDevices)
        tokenExpirySecs = try c.decode(.tokenExpirySecs, default: d.tokenExpirySecs)
        pushProvider = try c.decode(.pushProvider, default: d.pushProvider)
        ntfyURL = try c.optional(.ntfyURL)
        ntfyTopic = try c.optional(.ntfyTopic)
    }
}
