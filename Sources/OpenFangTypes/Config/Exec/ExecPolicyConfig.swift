/// `[exec_policy]` (or an agent's `exec_policy`): what `shell_exec` may run.
///
/// Written either as a table or, in manifests, as a bare mode string (`exec_policy = "full"`).
public struct ExecPolicyConfig: ConfigSection {
    /// deny, allowlist or full.
    public var mode: ExecSecurityMode
    /// Commands always allowed in allowlist mode.
    public var safeBins: [String]
    /// Further allowed commands.
    public var allowedCommands: [String]
    /// Wall-clock limit per command.
    public var timeoutSecs: Int
    /// Output kept per command.
    public var maxOutputBytes: Int
    /// Kill a command that prints nothing for this long.
    public var noOutputTimeoutSecs: Int
    /// Environment variables passed to commands (`*` = all).
    public var shellEnvPassthrough: [String]

    /// OpenFang's defaults.
    public static let defaults = ExecPolicyConfig(
        mode: .allowlist,
        safeBins: [
            "sleep", "true", "false", "cat", "sort", "uniq", "cut", "tr", "head", "tail", "wc", "date", "echo",
            "printf", "basename", "dirname", "pwd", "env",
        ],
        allowedCommands: [], timeoutSecs: 30, maxOutputBytes: 100 * 1024, noOutputTimeoutSecs: 30,
        shellEnvPassthrough: [])

    enum CodingKeys: String, CodingKey {
        case mode
        case safeBins = "safe_bins"
        case allowedCommands = "allowed_commands"
        case timeoutSecs = "timeout_secs"
        case maxOutputBytes = "max_output_bytes"
        case noOutputTimeoutSecs = "no_output_timeout_secs"
        case shellEnvPassthrough = "shell_env_passthrough"
    }
}

extension ExecPolicyConfig {
    /// Decodes a mode string or a table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let d = Self.defaults
        if let toml = decoder as? TOMLDecoderImpl, case .string = toml.value.storage {
            // A mode string: a bad one is reported as such, not also as "expected a table".
            self = d
            self.mode = try ExecSecurityMode(from: decoder)
            return
        }
        if let mode = try? Self.modeShorthand(decoder) {
            self = d
            self.mode = mode
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        mode = try c.decode(.mode, default: d.mode)
        safeBins = try c.decode(.safeBins, default: d.safeBins)
        allowedCommands = try c.decode(.allowedCommands, default: d.allowedCommands)
        timeoutSecs = try c.decode(.timeoutSecs, default: d.timeoutSecs)
        maxOutputBytes = try c.decode(.maxOutputBytes, default: d.maxOutputBytes)
        noOutputTimeoutSecs = try c.decode(.noOutputTimeoutSecs, default: d.noOutputTimeoutSecs)
        let aliases = try decoder.container(keyedBy: AnyCodingKey.self)
        let aliased = try aliases.decode(
            [AnyCodingKey("env_passthrough"), AnyCodingKey("env_allowlist")], default: d.shellEnvPassthrough)
        shellEnvPassthrough = try c.decode(.shellEnvPassthrough, default: aliased)
    }

    /// The mode when the value is a bare string; throws when it is not a string.
    private static func modeShorthand(_ decoder: any Decoder) throws -> ExecSecurityMode {
        if let toml = decoder as? TOMLDecoderImpl {
            guard case .string = toml.value.storage else { throw RecordedDecodingError() }
            return try ExecSecurityMode(from: decoder)
        }
        let text = try decoder.singleValueContainer().decode(String.self)
        return try ExecSecurityMode(from: StringDecoder(text: text, codingPath: decoder.codingPath))
    }
}
