/// `[reload]`: config hot-reload.
public struct ReloadConfig: ConfigSection {
    /// Reload strategy.
    public var mode: ReloadMode
    /// Wait this long after a change before reloading.
    public var debounceMs: Int

    /// OpenFang's defaults.
    public static let defaults = ReloadConfig(mode: .hybrid, debounceMs: 500)

    enum CodingKeys: String, CodingKey {
        case mode
        case debounceMs = "debounce_ms"
    }
}

extension ReloadConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        mode = try c.decode(.mode, default: d.mode)
        debounceMs = try c.decode(.debounceMs, default: d.debounceMs)
    }
}
