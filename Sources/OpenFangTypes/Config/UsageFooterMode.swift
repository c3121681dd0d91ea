/// What usage line is appended to replies.
public enum UsageFooterMode: String, ConfigEnum {
    case off, tokens, cost, full
}
