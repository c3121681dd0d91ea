import OpenFangTypes

/// Whether a provider's key is available in the environment.
enum ProviderKeys {
    enum Status: String {
        case configured, missing
        case notRequired = "not_required"
    }

    static func status(of provider: ProviderInfo, environment: [String: String]) -> Status {
        if provider.keyEnvironmentVariables.contains(where: { !(environment[$0] ?? "").isEmpty }) { return .configured }
        return provider.keyRequired ? .missing : .notRequired
    }
}
