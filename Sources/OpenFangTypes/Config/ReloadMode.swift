/// How config changes are applied while the daemon runs.
public enum ReloadMode: String, ConfigEnum {
    case off
    case restart
    case hot
    case hybrid
}
