/// One key of several for a provider (`[[auth_profiles.<provider>]]`).
public struct AuthProfile: ConfigSection {
    /// Profile name.
    public var name: String
    /// Variable holding the key.
    public var apiKeyEnv: String
    /// Lower is preferred.
    public var priority: Int

    /// OpenFang's defaults.
    public static let defaults = AuthProfile(name: "", apiKeyEnv: "", priority: 0)

    enum CodingKeys: String, CodingKey {
        case name, priority
        case apiKeyEnv = "api_key_env"
    }
}

extension AuthProfile {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        name = try c.required(.name, placeholder: "")
        apiKeyEnv = try c.required(.apiKeyEnv, placeholder: "")
        priority = try c.decode(.priority, default: d.priority)
    }
}
