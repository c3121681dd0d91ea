/// A named tool preset; expands to a tool list and the capabilities those tools imply.
public enum ToolProfile: String, ConfigEnum {
    case minimal
    case coding
    case research
    case messaging
    case automation
    case full
    case custom
}
