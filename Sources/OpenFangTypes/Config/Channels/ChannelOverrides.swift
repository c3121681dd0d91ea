/// Per-channel behaviour (`[channels.<name>.overrides]`), shared by every adapter.
public struct ChannelOverrides: ConfigSection {
    /// Model override for this channel.
    public var model: String?
    /// System prompt override for this channel.
    public var systemPrompt: String?
    /// Direct-message policy.
    public var dmPolicy: DMPolicy
    /// Group-conversation policy.
    public var groupPolicy: GroupPolicy
    /// Messages per minute per user; 0 = unlimited.
    public var rateLimitPerUser: Int
    /// Reply in threads where the platform has them.
    public var threading: Bool
    /// Markup override.
    public var outputFormat: OutputFormat?
    /// Usage footer override.
    public var usageFooter: UsageFooterMode?
    /// Typing indicator override.
    public var typingMode: TypingMode?
    /// React to messages to show progress.
    public var lifecycleReactions: Bool
    /// Prefix replies with the agent's name.
    public var prefixAgentName: PrefixStyle

    /// OpenFang's defaults.
    public static let defaults = ChannelOverrides(
        model: nil, systemPrompt: nil, dmPolicy: .respond, groupPolicy: .mentionOnly, rateLimitPerUser: 0,
        threading: false, outputFormat: nil, usageFooter: nil, typingMode: nil, lifecycleReactions: true,
        prefixAgentName: .off)

    enum CodingKeys: String, CodingKey {
        case model, threading
        case systemPrompt = "system_prompt"
        case dmPolicy = "dm_policy"
        case groupPolicy = "group_policy"
        case rateLimitPerUser = "rate_limit_per_user"
        case outputFormat = "output_format"
        case usageFooter = "usage_footer"
        case typingMode = "typing_mode"
        case lifecycleReactions = "lifecycle_reactions"
        case prefixAgentName = "prefix_agent_name"
    }
}

extension ChannelOverrides {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        model = try c.optional(.model)
        systemPrompt = try c.optional(.systemPrompt)
        dmPolicy = try c.decode(.dmPolicy, default: d.dmPolicy)
        groupPolicy = try c.decode(.groupPolicy, default: d.groupPolicy)
        rateLimitPerUser = try c.decode(.rateLimitPerUser, default: d.rateLimitPerUser)
        threading = try c.decode(.threading, default: d.threading)
        outputFormat = try c.optional(.outputFormat)
        usageFooter = try c.optional(.usageFooter)
        typingMode = try c.optional(.typingMode)
        lifecycleReactions = try c.decode(.lifecycleReactions, default: d.lifecycleReactions)
        prefixAgentName = try c.decode(.prefixAgentName, default: d.prefixAgentName)
    }
}
