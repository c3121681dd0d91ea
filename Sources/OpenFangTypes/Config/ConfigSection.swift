/// A table of `config.toml` (or of a manifest) with OpenFang's defaults for every missing key.
public protocol ConfigSection: Codable, Sendable, Equatable {
    /// The value used for a missing table, and for each missing key inside it.
    static var defaults: Self { get }
}
