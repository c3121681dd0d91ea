import FoundationEssentials

/// The environment a command gets: cleared, then a small safe set plus the names the policy
/// passes through (`*` passes everything).
enum ProcessEnvironment {
    /// Always passed when set.
    static let safe = ["PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TERM", "TMPDIR", "TZ", "USER"]

    /// The environment for a child.
    static func build(passthrough: [String], from parent: [String: String] = ProcessInfo.processInfo.environment) -> [String: String] {
        if passthrough.contains("*") { return parent }
        var environment: [String: String] = [:]
        for name in safe + passthrough { environment[name] = parent[name] }
        if environment["PATH"] == nil { environment["PATH"] = "/usr/local/bin:/usr/bin:/bin" }
        return environment
    }
}
