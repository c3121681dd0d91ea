import OpenFangTypes

extension ExecSecurityMode {
    /// How much the mode allows: deny < allowlist < full.
    var rank: Int {
        switch self {
        case .deny: 0
        case .allowlist: 1
        case .full: 2
        }
    }
}
