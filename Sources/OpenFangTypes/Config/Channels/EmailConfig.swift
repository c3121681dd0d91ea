/// `[channels.email]`: email over IMAP (in) and SMTP (out).
public struct EmailConfig: ConfigSection {
    /// IMAP server host.
    public var imapHost: String
    /// IMAP port.
    public var imapPort: Int
    /// SMTP server host.
    public var smtpHost: String
    /// SMTP port.
    public var smtpPort: Int
    /// Mailbox address, used for both servers.
    public var username: String
    /// Variable holding the password.
    public var passwordEnv: String
    /// Seconds between mailbox checks.
    public var pollIntervalSecs: Int
    /// IMAP folders to watch.
    public var folders: [String]
    /// Senders whose mail is handled; empty allows all.
    public var allowedSenders: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = EmailConfig(
        imapHost: "", imapPort: 993, smtpHost: "", smtpPort: 587, username: "", passwordEnv: "EMAIL_PASSWORD",
        pollIntervalSecs: 30, folders: ["INBOX"], allowedSenders: [], defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case username, folders, overrides
        case imapHost = "imap_host"
        case imapPort = "imap_port"
        case smtpHost = "smtp_host"
        case smtpPort = "smtp_port"
        case passwordEnv = "password_env"
        case pollIntervalSecs = "poll_interval_secs"
        case allowedSenders = "allowed_senders"
        case defaultAgent = "default_agent"
    }
}

extension EmailConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        imapHost = try c.decode(.imapHost, default: d.imapHost)
        imapPort = try c.decode(.imapPort, default: d.imapPort)
        smtpHost = try c.decode(.smtpHost, default: d.smtpHost)
        smtpPort = try c.decode(.smtpPort, default: d.smtpPort)
        username = try c.decode(.username, default: d.username)
        passwordEnv = try c.decode(.passwordEnv, default: d.passwordEnv)
        pollIntervalSecs = try c.decode(.pollIntervalSecs, default: d.pollIntervalSecs)
        folders = try c.decodeStringList(.folders, default: d.folders)
        allowedSenders = try c.decodeStringList(.allowedSenders, default: d.allowedSenders)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
