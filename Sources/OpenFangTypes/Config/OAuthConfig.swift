/// `[oauth]`: client ids for OAuth sign-in flows.
public struct OAuthConfig: ConfigSection {
    /// Google client id.
    public var googleClientID: String?
    /// GitHub client id.
    public var githubClientID: String?
    /// Microsoft client id.
    public var microsoftClientID: String?
    /// Slack client id.
    public var slackClientID: String?

    /// OpenFang's defaults.
    public static let defaults = OAuthConfig(
        googleClientID: nil, githubClientID: nil, microsoftClientID: nil, slackClientID: nil)

    enum CodingKeys: String, CodingKey {
        case googleClientID = "google_client_id"
        case githubClientID = "github_client_id"
        case microsoftClientID = "microsoft_client_id"
        case slackClientID = "slack_client_id"
    }
}

extension OAuthConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        googleClientID = try c.optional(.googleClientID)
        githubClientID = try c.optional(.githubClientID)
        microsoftClientID = try c.optional(.microsoftClientID)
        slackClientID = try c.optional(.slackClientID)
    }
}
