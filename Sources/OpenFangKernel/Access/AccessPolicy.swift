import OpenFangTypes

/// Applies `[[users]]` roles (owner > admin > user > viewer, inventory §9.8) to callers. With no
/// users configured everyone may do everything (OpenFang's behaviour); once any user is
/// configured, an unknown caller may do nothing.
struct AccessPolicy: Sendable {
    /// The configured users.
    var users: [UserConfig]

    /// The role of `caller`; nil for an unknown caller.
    func role(of caller: Caller) -> UserRole? {
        switch caller {
        case .local: .owner
        case .user(let name): users.first { $0.name == name }?.role
        case .channel(let platform, let id): users.first { $0.channelBindings[platform] == id }?.role
        }
    }

    /// Throws `forbidden` unless `caller` may perform `action`.
    func authorize(_ caller: Caller, _ action: RBACAction) throws(KernelError) {
        guard !users.isEmpty else { return }
        let role = role(of: caller)
        guard let role, role.permits(action) else {
            throw .forbidden(caller: caller.description, action: action.rawValue, needed: action.minimumRole.rawValue, has: role?.rawValue)
        }
    }
}
