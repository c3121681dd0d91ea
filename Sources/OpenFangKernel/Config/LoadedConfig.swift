import OpenFangTypes

/// A configuration that loaded: the values, the warnings, and where each part came from.
public struct LoadedConfig: Sendable {
    /// The effective configuration (file values, then environment overrides).
    public var config: KernelConfig
    /// Warnings (unknown keys, deprecated forms); errors never reach a `LoadedConfig`.
    public var warnings: [DecodingIssue]
    /// The files read, main file first, then includes in merge order.
    public var files: [String]
    /// Environment variables that overrode file values, with the key they set.
    public var environmentOverrides: [(variable: String, key: String)]
    /// Whether the main file existed (false means every value is a default).
    public var fileExists: Bool
}
