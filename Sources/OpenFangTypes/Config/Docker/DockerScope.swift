/// How long a sandbox container lives.
public enum DockerScope: String, ConfigEnum {
    case session
    case agent
    case shared
}
