/// The markup a channel renders.
public enum OutputFormat: String, ConfigEnum {
    case markdown
    case telegramHTML = "telegram_html"
    case slackMrkdwn = "slack_mrkdwn"
    case plainText = "plain_text"
}
