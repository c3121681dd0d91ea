/// `[vault]`: the encrypted credential vault.
public struct VaultConfig: ConfigSection {
    /// Whether the vault is used.
    public var enabled: Bool
    /// Vault file (nil = `vault.enc` in the home).
    public var path: String?

    /// OpenFang's defaults.
    public static let defaults = VaultConfig(enabled: true, path: nil)

    enum CodingKeys: String, CodingKey {
        case enabled, path
    }
}

extension VaultConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        enabled = try c.decode(.enabled, default: d.enabled)
        path = try c.optional(.path)
    }
}
