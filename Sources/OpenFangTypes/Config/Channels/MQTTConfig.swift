/// `[channels.mqtt]`: an MQTT broker (3.1.1 or 5.0).
public struct MQTTConfig: ConfigSection {
    /// Broker URL (`tcp://…` or `ssl://…`).
    public var brokerURL: String
    /// Client identifier; empty generates one.
    public var clientID: String
    /// Topic incoming messages arrive on.
    public var subscribeTopic: String
    /// Topic replies go to; empty uses `subscribeTopic`.
    public var publishTopic: String
    /// Variable holding the username.
    public var usernameEnv: String
    /// Variable holding the password.
    public var passwordEnv: String
    /// Connect with TLS.
    public var useTLS: Bool
    /// Keep-alive interval in seconds.
    public var keepAliveSecs: Int
    /// Start a clean session.
    public var cleanSession: Bool
    /// Subscription quality of service (0, 1 or 2).
    public var qos: Int
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = MQTTConfig(
        brokerURL: "tcp://broker.hivemq.com:1883", clientID: "", subscribeTopic: "openfang/inbox", publishTopic: "",
        usernameEnv: "MQTT_USERNAME", passwordEnv: "MQTT_PASSWORD", useTLS: false, keepAliveSecs: 60,
        cleanSession: true, qos: 1, defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case qos, overrides
        case brokerURL = "broker_url"
        case clientID = "client_id"
        case subscribeTopic = "subscribe_topic"
        case publishTopic = "publish_topic"
        case usernameEnv = "username_env"
        case passwordEnv = "password_env"
        case useTLS = "use_tls"
        case keepAliveSecs = "keep_alive_secs"
        case cleanSession = "clean_session"
        case defaultAgent = "default_agent"
    }
}

extension MQTTConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        brokerURL = try c.decode(.brokerURL, default: d.brokerURL)
        clientID = try c.decode(.clientID, default: d.clientID)
        subscribeTopic = try c.decode(.subscribeTopic, default: d.subscribeTopic)
        publishTopic = try c.decode(.publishTopic, default: d.publishTopic)
        usernameEnv = try c.decode(.usernameEnv, default: d.usernameEnv)
        passwordEnv = try c.decode(.passwordEnv, default: d.passwordEnv)
        useTLS = try c.decode(.useTLS, default: d.useTLS)
        keepAliveSecs = try c.decode(.keepAliveSecs, default: d.keepAliveSecs)
        cleanSession = try c.decode(.cleanSession, default: d.cleanSession)
        qos = try c.decode(.qos, default: d.qos)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
