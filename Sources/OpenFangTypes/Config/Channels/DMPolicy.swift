/// How a channel answers direct messages.
public enum DMPolicy: String, ConfigEnum {
    case respond
    case allowedOnly = "allowed_only"
    case ignore
}
