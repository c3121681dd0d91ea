import OpenFangRuntime

/// Why a model named at run time (`openfang chat`'s `/model`) cannot be used; the description
/// says what is wrong and what to type instead.
public enum ModelChoiceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing was given.
    case empty
    /// `provider/` without a model.
    case missingModel(provider: String)
    /// A `provider/model` whose provider neither the catalog nor `[provider_urls]` knows.
    case unknownProvider(String, suggestion: String?)
    /// A bare name that is neither a model id nor an alias in the catalog.
    case unknownModel(String, suggestion: String?)
    /// The model is known but its provider cannot be reached (no key, no base URL).
    case unusable(String, ProviderResolutionError)

    /// What is wrong, and what to write instead.
    public var description: String {
        switch self {
        case .empty:
            "name a model: provider/model (groq/llama-3.3-70b-versatile), a model id or an alias from `openfang models aliases`"
        case .missingModel(let provider):
            "\"\(provider)/\" names no model; write \(provider)/<model> (see `openfang models list`)"
        case .unknownProvider(let name, let suggestion):
            "unknown provider \"\(name)\"" + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? "")
                + "; see `openfang models providers`, or add it to [provider_urls]"
        case .unknownModel(let name, let suggestion):
            "unknown model \"\(name)\"" + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? "")
                + "; write provider/model for a model the catalog lacks, or see `openfang models list`"
        case .unusable(let spec, let reason):
            "cannot switch to \(spec): \(reason)"
        }
    }
}
