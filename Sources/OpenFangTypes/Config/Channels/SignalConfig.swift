/// `[channels.signal]`: Signal through a signal-cli REST API.
public struct SignalConfig: ConfigSection {
    /// URL of the signal-cli REST API.
    public var apiURL: String
    /// The registered phone number.
    public var phoneNumber: String
    /// Phone numbers allowed; empty allows everyone.
    public var allowedUsers: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = SignalConfig(
        apiURL: "http://localhost:8080", phoneNumber: "", allowedUsers: [], defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case apiURL = "api_url"
        case phoneNumber = "phone_number"
        case allowedUsers = "allowed_users"
        case defaultAgent = "default_agent"
    }
}

extension SignalConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        apiURL = try c.decode(.apiURL, default: d.apiURL)
        phoneNumber = try c.decode(.phoneNumber, default: d.phoneNumber)
        allowedUsers = try c.decodeStringList(.allowedUsers, default: d.allowedUsers)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
