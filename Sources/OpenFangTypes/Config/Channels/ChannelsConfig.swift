/// `[channels]`: one optional table per chat adapter; a missing table leaves that adapter off.
public struct ChannelsConfig: ConfigSection {
    /// `[channels.telegram]`.
    public var telegram: TelegramConfig?
    /// `[channels.discord]`.
    public var discord: DiscordConfig?
    /// `[channels.slack]`.
    public var slack: SlackConfig?
    /// `[channels.whatsapp]`.
    public var whatsApp: WhatsAppConfig?
    /// `[channels.signal]`.
    public var signal: SignalConfig?
    /// `[channels.matrix]`.
    public var matrix: MatrixConfig?
    /// `[channels.email]`.
    public var email: EmailConfig?
    /// `[channels.teams]`.
    public var teams: TeamsConfig?
    /// `[channels.mattermost]`.
    public var mattermost: MattermostConfig?
    /// `[channels.irc]`.
    public var irc: IRCConfig?
    /// `[channels.google_chat]`.
    public var googleChat: GoogleChatConfig?
    /// `[channels.twitch]`.
    public var twitch: TwitchConfig?
    /// `[channels.rocketchat]`.
    public var rocketChat: RocketChatConfig?
    /// `[channels.zulip]`.
    public var zulip: ZulipConfig?
    /// `[channels.xmpp]`.
    public var xmpp: XMPPConfig?
    /// `[channels.line]`.
    public var line: LineConfig?
    /// `[channels.viber]`.
    public var viber: ViberConfig?
    /// `[channels.messenger]`.
    public var messenger: MessengerConfig?
    /// `[channels.reddit]`.
    public var reddit: RedditConfig?
    /// `[channels.mastodon]`.
    public var mastodon: MastodonConfig?
    /// `[channels.bluesky]`.
    public var bluesky: BlueskyConfig?
    /// `[channels.feishu]`.
    public var feishu: FeishuConfig?
    /// `[channels.revolt]`.
    public var revolt: RevoltConfig?
    /// `[channels.nextcloud]`.
    public var nextcloud: NextcloudConfig?
    /// `[channels.guilded]`.
    public var guilded: GuildedConfig?
    /// `[channels.keybase]`.
    public var keybase: KeybaseConfig?
    /// `[channels.threema]`.
    public var threema: ThreemaConfig?
    /// `[channels.nostr]`.
    public var nostr: NostrConfig?
    /// `[channels.webex]`.
    public var webex: WebexConfig?
    /// `[channels.pumble]`.
    public var pumble: PumbleConfig?
    /// `[channels.flock]`.
    public var flock: FlockConfig?
    /// `[channels.twist]`.
    public var twist: TwistConfig?
    /// `[channels.mumble]`.
    public var mumble: MumbleConfig?
    /// `[channels.dingtalk]`.
    public var dingTalk: DingTalkConfig?
    /// `[channels.dingtalk_stream]`.
    public var dingTalkStream: DingTalkStreamConfig?
    /// `[channels.discourse]`.
    public var discourse: DiscourseConfig?
    /// `[channels.gitter]`.
    public var gitter: GitterConfig?
    /// `[channels.ntfy]`.
    public var ntfy: NtfyConfig?
    /// `[channels.gotify]`.
    public var gotify: GotifyConfig?
    /// `[channels.webhook]`.
    public var webhook: WebhookConfig?
    /// `[channels.linkedin]`.
    public var linkedIn: LinkedInConfig?
    /// `[channels.wecom]`.
    public var weCom: WeComConfig?
    /// `[channels.mqtt]`.
    public var mqtt: MQTTConfig?

    /// Every adapter off.
    public static let defaults = ChannelsConfig()

    /// Every adapter off.
    init() {}

    /// The config keys of the adapters that are set, in `config.toml` order.
    public var configuredChannelNames: [String] {
        let tables: [(String, Bool)] = [
            ("telegram", telegram != nil),
            ("discord", discord != nil),
            ("slack", slack != nil),
            ("whatsapp", whatsApp != nil),
            ("signal", signal != nil),
            ("matrix", matrix != nil),
            ("email", email != nil),
            ("teams", teams != nil),
            ("mattermost", mattermost != nil),
            ("irc", irc != nil),
            ("google_chat", googleChat != nil),
            ("twitch", twitch != nil),
            ("rocketchat", rocketChat != nil),
            ("zulip", zulip != nil),
            ("xmpp", xmpp != nil),
            ("line", line != nil),
            ("viber", viber != nil),
            ("messenger", messenger != nil),
            ("reddit", reddit != nil),
            ("mastodon", mastodon != nil),
            ("bluesky", bluesky != nil),
            ("feishu", feishu != nil),
            ("revolt", revolt != nil),
            ("nextcloud", nextcloud != nil),
            ("guilded", guilded != nil),
            ("keybase", keybase != nil),
            ("threema", threema != nil),
            ("nostr", nostr != nil),
            ("webex", webex != nil),
            ("pumble", pumble != nil),
            ("flock", flock != nil),
            ("twist", twist != nil),
            ("mumble", mumble != nil),
            ("dingtalk", dingTalk != nil),
            ("dingtalk_stream", dingTalkStream != nil),
            ("discourse", discourse != nil),
            ("gitter", gitter != nil),
            ("ntfy", ntfy != nil),
            ("gotify", gotify != nil),
            ("webhook", webhook != nil),
            ("linkedin", linkedIn != nil),
            ("wecom", weCom != nil),
            ("mqtt", mqtt != nil),
        ]
        return tables.filter(\.1).map(\.0)
    }

    enum CodingKeys: String, CodingKey {
        case telegram, discord, slack, signal, matrix, email, teams, mattermost, irc, twitch, zulip, xmpp
        case line, viber, messenger, reddit, mastodon, bluesky, feishu, revolt, nextcloud, guilded, keybase
        case threema, nostr, webex, pumble, flock, twist, mumble, discourse, gitter, ntfy, gotify, webhook
        case mqtt
        case whatsApp = "whatsapp"
        case googleChat = "google_chat"
        case rocketChat = "rocketchat"
        case dingTalk = "dingtalk"
        case dingTalkStream = "dingtalk_stream"
        case linkedIn = "linkedin"
        case weCom = "wecom"
    }
}

extension ChannelsConfig {
    /// Decodes the table; each missing adapter table stays nil.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        telegram = try c.optional(.telegram)
        discord = try c.optional(.discord)
        slack = try c.optional(.slack)
        whatsApp = try c.optional(.whatsApp)
        signal = try c.optional(.signal)
        matrix = try c.optional(.matrix)
        email = try c.optional(.email)
        teams = try c.optional(.teams)
        mattermost = try c.optional(.mattermost)
        irc = try c.optional(.irc)
        googleChat = try c.optional(.googleChat)
        twitch = try c.optional(.twitch)
        rocketChat = try c.optional(.rocketChat)
        zulip = try c.optional(.zulip)
        xmpp = try c.optional(.xmpp)
        line = try c.optional(.line)
        viber = try c.optional(.viber)
        messenger = try c.optional(.messenger)
        reddit = try c.optional(.reddit)
        mastodon = try c.optional(.mastodon)
        bluesky = try c.optional(.bluesky)
        feishu = try c.optional(.feishu)
        revolt = try c.optional(.revolt)
        nextcloud = try c.optional(.nextcloud)
        guilded = try c.optional(.guilded)
        keybase = try c.optional(.keybase)
        threema = try c.optional(.threema)
        nostr = try c.optional(.nostr)
        webex = try c.optional(.webex)
        pumble = try c.optional(.pumble)
        flock = try c.optional(.flock)
        twist = try c.optional(.twist)
        mumble = try c.optional(.mumble)
        dingTalk = try c.optional(.dingTalk)
        dingTalkStream = try c.optional(.dingTalkStream)
        discourse = try c.optional(.discourse)
        gitter = try c.optional(.gitter)
        ntfy = try c.optional(.ntfy)
        gotify = try c.optional(.gotify)
        webhook = try c.optional(.webhook)
        linkedIn = try c.optional(.linkedIn)
        weCom = try c.optional(.weCom)
        mqtt = try c.optional(.mqtt)
    }
}
