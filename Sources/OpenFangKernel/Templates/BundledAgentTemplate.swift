/// An agent template compiled into the binary: its directory name and `agent.toml` text.
public struct BundledAgentTemplate: Sendable, Hashable {
    /// Template name (`coder`), also the folder it is installed into.
    public var name: String
    /// The `agent.toml` source.
    public var source: String
}
