/// An agent's scheduling priority.
public enum Priority: String, ConfigEnum {
    case low
    case normal
    case high
    case critical
}
