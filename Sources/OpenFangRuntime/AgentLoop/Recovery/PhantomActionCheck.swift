import FoundationEssentials

/// Spots replies claiming an outward action ("I sent the message to Slack") when no tool ran
/// (OpenFang #414): a verb of sending and a channel word must both appear.
public enum PhantomActionCheck {
    static let verbs = ["sent ", "posted ", "emailed ", "delivered ", "forwarded ", "messaged ", "published "]
    static let channels = [
        "telegram", "slack", "discord", "whatsapp", "email", "e-mail", "signal", "teams", "sms", "twitter", "mastodon", "matrix", "irc",
        "message sent", "channel",
    ]

    /// Whether `text` claims such an action.
    public static func claimsAction(_ text: String) -> Bool {
        let lowered = text.lowercased() + " "
        return verbs.contains(where: lowered.contains) && channels.contains(where: lowered.contains)
    }
}
