/// `[channels.dingtalk_stream]`: a DingTalk internal app in Stream mode (a long-lived WebSocket).
public struct DingTalkStreamConfig: ConfigSection {
    /// Variable holding the app key (client id).
    public var appKeyEnv: String
    /// Variable holding the app secret (client secret).
    public var appSecretEnv: String
    /// Variable holding the robot code used for outgoing messages.
    public var robotCodeEnv: String
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = DingTalkStreamConfig(
        appKeyEnv: "DINGTALK_APP_KEY", appSecretEnv: "DINGTALK_APP_SECRET", robotCodeEnv: "DINGTALK_ROBOT_CODE",
        defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case appKeyEnv = "app_key_env"
        case appSecretEnv = "app_secret_env"
        case robotCodeEnv = "robot_code_env"
        case defaultAgent = "default_agent"
    }
}

extension DingTalkStreamConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        appKeyEnv = try c.decode(.appKeyEnv, default: d.appKeyEnv)
        appSecretEnv = try c.decode(.appSecretEnv, default: d.appSecretEnv)
        robotCodeEnv = try c.decode(.robotCodeEnv, default: d.robotCodeEnv)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
