/// Which agents run tools in Docker.
public enum DockerSandboxMode: String, ConfigEnum {
    case off
    case nonMain = "non_main"
    case all
}
