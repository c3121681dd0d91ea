/// A user's role; each includes everything the roles below it may do.
public enum UserRole: String, ConfigEnum, Comparable {
    case viewer, user, admin, owner

    private var rank: Int {
        switch self {
        case .viewer: 0
        case .user: 1
        case .admin: 2
        case .owner: 3
        }
    }

    /// Orders roles from least to most powerful.
    public static func < (lhs: UserRole, rhs: UserRole) -> Bool { lhs.rank < rhs.rank }

    /// Whether this role may perform `action`.
    public func permits(_ action: RBACAction) -> Bool { self >= action.minimumRole }
}
