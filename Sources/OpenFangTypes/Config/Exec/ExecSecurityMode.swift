/// How shell commands are policed.
public enum ExecSecurityMode: String, ConfigEnum {
    case deny
    case allowlist
    case full

    /// Other spellings OpenFang accepts.
    public static let aliases: [String: ExecSecurityMode] = ["none": .deny, "disabled": .deny, "restricted": .allowlist, "allow": .full, "all": .full, "unrestricted": .full]
}
