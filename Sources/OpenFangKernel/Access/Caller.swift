import OpenFangTypes

/// Who asks the kernel to do something, for RBAC (`[[users]]` roles).
public enum Caller: Sendable, Hashable, CustomStringConvertible {
    /// The person at this machine (the CLI, the daemon's owner): every right.
    case local
    /// A user of a chat platform, by their id there (matched against `channel_bindings`).
    case channel(platform: String, userID: String)
    /// A configured user by name (e.g. authenticated by their personal API key).
    case user(name: String)

    public var description: String {
        switch self {
        case .local: "the local user"
        case .channel(let platform, let id): "\(platform) user \(id)"
        case .user(let name): "user \(name)"
        }
    }
}
