/// `[auth]`: dashboard login.
public struct AuthConfig: ConfigSection {
    /// Whether the dashboard asks for a password.
    public var enabled: Bool
    /// Login name.
    public var username: String
    /// Argon2id PHC hash of the password.
    public var passwordHash: String
    /// Login session lifetime.
    public var sessionTTLHours: Int

    /// OpenFang's defaults.
    public static let defaults = AuthConfig(enabled: false, username: "admin", passwordHash: "", sessionTTLHours: 168)

    enum CodingKeys: String, CodingKey {
        case enabled, username
        case passwordHash = "password_hash"
        case sessionTTLHours = "session_ttl_hours"
    }
}

extension AuthConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        enabled = try c.decode(.enabled, default: d.enabled)
        username = try c.decode(.username, default: d.username)
        passwordHash = try c.decode(.passwordHash, default: d.passwordHash)
        sessionTTLHours = try c.decode(.sessionTTLHours, default: d.sessionTTLHours)
    }
}
