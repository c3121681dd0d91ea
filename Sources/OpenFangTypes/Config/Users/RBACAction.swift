/// Something a user may be allowed to do, with the least role that allows it (OpenFang's table).
public enum RBACAction: String, Sendable, Hashable, Codable, CaseIterable {
    case chat
    case viewConfig = "view_config"
    case viewUsage = "view_usage"
    case spawnAgent = "spawn"
    case killAgent = "kill"
    case installSkill = "install_skill"
    case modifyConfig = "modify_config"
    case manageUsers = "manage_users"
    /// Approve or reject a gated tool call (not in OpenFang's table, which never checks it).
    case approve

    /// The least role allowed to do this.
    public var minimumRole: UserRole {
        switch self {
        case .chat, .viewConfig: .user
        case .viewUsage, .spawnAgent, .killAgent, .installSkill, .approve: .admin
        case .modifyConfig, .manageUsers: .owner
        }
    }
}
