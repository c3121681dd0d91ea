import OpenFangTypes

/// Everything needed to build a driver: which provider, which model id, where, and which key.
public struct ResolvedProvider: Sendable, Equatable {
    /// Canonical provider id (`gemini` for `google`).
    public var providerID: String
    /// The driver kind.
    public var driver: DriverKind
    /// The model id as the provider knows it (aliases resolved, provider prefix stripped).
    public var model: String
    /// Base URL in force.
    public var baseURL: String?
    /// The variable the key was looked up in (nil when the provider takes none).
    public var apiKeyEnv: String?
    /// The key, when set.
    public var apiKey: String?
    /// Whether the model was found in the catalog (unknown models are priced by a default).
    public var catalogEntry: ModelCatalogEntry?
}
