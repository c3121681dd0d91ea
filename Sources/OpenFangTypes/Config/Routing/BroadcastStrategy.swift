/// How a broadcast reaches several agents.
public enum BroadcastStrategy: String, ConfigEnum {
    case parallel
    case sequential
}
