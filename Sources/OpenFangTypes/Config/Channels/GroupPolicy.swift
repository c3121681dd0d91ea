/// How a channel answers in group conversations.
public enum GroupPolicy: String, ConfigEnum {
    case all
    case mentionOnly = "mention_only"
    case commandsOnly = "commands_only"
    case ignore
}
