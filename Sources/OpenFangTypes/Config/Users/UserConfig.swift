/// `[[users]]`: a person the system knows, with a role and their ids on chat platforms.
public struct UserConfig: ConfigSection {
    /// Display name.
    public var name: String
    /// What they may do.
    public var role: UserRole
    /// Platform → their user id there (`telegram = "12345"`).
    public var channelBindings: [String: String]
    /// Hash of their personal API key, if they have one.
    public var apiKeyHash: String?

    /// Defaults for the optional keys (name is required).
    public static let defaults = UserConfig(name: "", role: .user, channelBindings: [:], apiKeyHash: nil)

    enum CodingKeys: String, CodingKey {
        case name, role
        case channelBindings = "channel_bindings"
        case apiKeyHash = "api_key_hash"
    }
}

extension UserConfig {
    /// Decodes the table; `name` is required.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        name = try c.required(.name, placeholder: "")
        role = try c.decode(.role, default: d.role)
        channelBindings = try c.decode(.channelBindings, default: d.channelBindings)
        apiKeyHash = try c.optional(.apiKeyHash)
    }
}
