/// Where a journaled run stands. A run is `running` only while a live process works on it.
public enum RunStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case running, completed, failed, interrupted
}
