import OpenFangTypes

/// Decides whether a command line may run: every command of every pipeline and list must be
/// allowed by the exec policy and match one of the agent's `shell` capability patterns;
/// substitution, `eval` and `source` need the `full` policy. Refusals name the command and rule.
public struct ShellPolicy: Sendable {
    /// The decision.
    public enum Decision: Sendable, Equatable {
        case allow
        case deny(String)
    }

    /// Programs that run arbitrary code from their arguments or the environment.
    static let codeRunners: Set<String> = ["eval", "source", ".", "exec", "command", "builtin"]

    /// Shells whose `-c STRING` is itself a command line, checked like the outer one.
    static let shells: Set<String> = ["sh", "bash", "dash", "zsh", "ksh", "fish", "busybox"]

    /// Programs that run the command given in their arguments (`env rm x` runs `rm`).
    static let wrappers: Set<String> = ["env", "nice", "nohup", "timeout", "stdbuf", "setsid", "time", "xargs", "sudo", "doas", "ionice", "chroot", "flock", "watch"]
    /// Wrappers whose first plain argument is a value, not the command (`timeout 5 cmd`).
    static let wrappersWithValue: Set<String> = ["timeout", "chroot", "flock"]

    /// The command and, for wrappers, every command they would run, innermost last.
    static func unwrapped(_ command: ShellCommandLine.SimpleCommand) -> [ShellCommandLine.SimpleCommand] {
        var result = [command]
        var current = command
        while let program = current.program, wrappers.contains(program) {
            var rest = Array(current.words.dropFirst())
            while let first = rest.first, first.hasPrefix("-") || ShellCommandLine.isAssignment(first) { rest.removeFirst() }
            if wrappersWithValue.contains(program), !rest.isEmpty { rest.removeFirst() }
            guard !rest.isEmpty else { break }
            current = ShellCommandLine.SimpleCommand(assignments: [], words: rest, redirections: [])
            result.append(current)
        }
        return result
    }

    /// The exec policy (`[exec_policy]` or the agent's own).
    public var execPolicy: ExecPolicyConfig
    /// The agent's `shell` capability patterns (`git *`, `*`).
    public var capabilities: [CapabilityPattern]

    /// Creates a policy.
    public init(execPolicy: ExecPolicyConfig, capabilities: [CapabilityPattern]) {
        self.execPolicy = execPolicy
        self.capabilities = capabilities
    }

    /// The decision for `line`.
    /// Whether a redirection target stays in the working folder (the workspace): a relative
    /// path without `..`, home or variables, or /dev/null.
    static func staysInWorkspace(_ target: String) -> Bool {
        if target == "/dev/null" || target.allSatisfy(\.isNumber) || target == "-" { return true }
        if target.hasPrefix("/") || target.hasPrefix("~") || target.contains("$") { return false }
        return !target.split(separator: "/").contains("..")
    }

    public func check(_ line: String) -> Decision {
        if execPolicy.mode == .deny { return .deny("exec_policy mode is deny: no shell commands may run") }
        let parsed: ShellCommandLine
        do {
            parsed = try ShellCommandLine(parsing: line)
        } catch {
            return .deny("the command line cannot be parsed (\(error)); it was not run")
        }
        guard !parsed.commands.isEmpty else { return .deny("empty command") }
        let full = execPolicy.mode == .full
        if parsed.usesSubstitution, !full {
            return .deny("command substitution ($(…), backticks or <(…)) needs exec_policy mode full")
        }
        let allowed = Set(execPolicy.safeBins + execPolicy.allowedCommands)
        for command in parsed.commands.flatMap(Self.unwrapped) {
            if !full, let target = command.redirections.first(where: { !Self.staysInWorkspace($0) }) {
                return .deny("the redirection to `\(target)` could write outside the workspace (use a relative path inside it, or exec_policy mode full)")
            }
            guard let program = command.program else { continue }
            if Self.codeRunners.contains(program), !full { return .deny("`\(program)` runs arbitrary code and needs exec_policy mode full") }
            if !full, !allowed.contains(program) {
                return .deny("`\(program)` is not in exec_policy safe_bins or allowed_commands")
            }
            guard capabilities.contains(where: { $0.matchesEverything || $0.matches(command.text) || $0.matches(program) }) else {
                return .deny("`\(command.text)` matches none of the agent's shell capabilities (\(capabilities.map(\.text).joined(separator: ", ")))")
            }
            if Self.shells.contains(program), let flag = command.words.firstIndex(of: "-c"), flag + 1 < command.words.count {
                if case .deny(let reason) = check(command.words[flag + 1]) { return .deny("inside `\(program) -c`: \(reason)") }
            }
        }
        return .allow
    }
}
