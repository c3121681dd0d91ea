/// What an agent name may be: it names the agent's workspace folder, so it must be one harmless
/// path segment: no `/` or `\`, no control characters, not starting with `.` or a space, at most
/// 64 characters.
public enum AgentNameRule {
    /// The longest name accepted.
    public static let maxLength = 64

    /// Why `name` cannot be an agent's name, or nil when it can.
    public static func problem(with name: String) -> String? {
        if name.isEmpty { return "an agent name cannot be empty" }
        if name.count > maxLength { return "an agent name has at most \(maxLength) characters (this one has \(name.count))" }
        if name.hasPrefix(".") { return "an agent name cannot start with `.`" }
        if name.first?.isWhitespace == true || name.last?.isWhitespace == true { return "an agent name cannot start or end with a space" }
        if name.contains("/") || name.contains("\\") { return "an agent name cannot contain `/` or `\\` (it names the agent's workspace folder)" }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return "an agent name cannot contain control characters" }
        return nil
    }
}
