/// `[approval]` (alias `[approval_policy]`): tools that wait for a human before they run.
public struct ApprovalConfig: ConfigSection {
    /// Tools that need approval. `true` in the file means `["shell_exec"]`, `false` means none.
    public var requireApproval: [String]
    /// Seconds a request waits before it counts as denied (10…300).
    public var timeoutSecs: Int
    /// Approve automatically for autonomous (scheduled) agents.
    public var autoApproveAutonomous: Bool
    /// Approve everything automatically (`openfang start --yolo`).
    public var autoApprove: Bool

    /// OpenFang's defaults.
    public static let defaults = ApprovalConfig(
        requireApproval: ["shell_exec"], timeoutSecs: 60, autoApproveAutonomous: false, autoApprove: false)

    /// The range `timeout_secs` must fall in.
    public static let timeoutRange = 10...300

    enum CodingKeys: String, CodingKey {
        case requireApproval = "require_approval"
        case timeoutSecs = "timeout_secs"
        case autoApproveAutonomous = "auto_approve_autonomous"
        case autoApprove = "auto_approve"
    }
}

extension ApprovalConfig {
    /// Decodes the table; `require_approval` may be a list of tool names or a boolean.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        requireApproval = try c.decode(.requireApproval, default: ToolList(d.requireApproval)).names
        timeoutSecs = d.timeoutSecs
        autoApproveAutonomous = try c.decode(.autoApproveAutonomous, default: d.autoApproveAutonomous)
        autoApprove = try c.decode(.autoApprove, default: d.autoApprove)
        let timeout = try c.decode(.timeoutSecs, default: d.timeoutSecs)
        if Self.timeoutRange.contains(timeout) {
            timeoutSecs = timeout
        } else if let child = try? c.superDecoder(forKey: .timeoutSecs) {
            _ = child.failure("\(timeout) is out of range: expected \(Self.timeoutRange.lowerBound)…\(Self.timeoutRange.upperBound) seconds")
        }
    }

    /// `["a", "b"]`, or `true` (→ `["shell_exec"]`) / `false` (→ `[]`).
    private struct ToolList: Decodable {
        var names: [String]

        init(_ names: [String]) {
            self.names = names
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let toml = decoder as? TOMLDecoderImpl, case .boolean(let flag) = toml.value.storage {
                names = flag ? ["shell_exec"] : []
            } else if !(decoder is TOMLDecoderImpl), let flag = try? container.decode(Bool.self) {
                names = flag ? ["shell_exec"] : []
            } else {
                names = try container.decode([String].self)
            }
        }
    }
}
