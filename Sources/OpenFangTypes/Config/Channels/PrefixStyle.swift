/// Whether replies are prefixed with the agent's name.
public enum PrefixStyle: String, ConfigEnum {
    case off, bracket
    case boldBracket = "bold_bracket"
}
