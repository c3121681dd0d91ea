/// `[[mcp_servers]]`: an MCP server whose tools agents may use.
public struct MCPServerConfig: ConfigSection {
    /// Name agents refer to (`mcp_servers = ["github"]`).
    public var name: String
    /// How to connect.
    public var transport: MCPTransportConfig
    /// Per-request timeout.
    public var timeoutSecs: Int
    /// Environment variable names passed to a stdio server.
    public var env: [String]
    /// Extra HTTP headers, as `Name: value`.
    public var headers: [String]

    /// Defaults for the optional keys (name and transport are required).
    public static let defaults = MCPServerConfig(
        name: "", transport: .stdio(command: "", args: []), timeoutSecs: 30, env: [], headers: [])

    enum CodingKeys: String, CodingKey {
        case name, transport, env, headers
        case timeoutSecs = "timeout_secs"
    }
}

extension MCPServerConfig {
    /// Decodes the table; `name` and `transport` are required.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        name = try c.required(.name, placeholder: "")
        transport = try c.required(.transport, placeholder: d.transport)
        timeoutSecs = try c.decode(.timeoutSecs, default: d.timeoutSecs)
        env = try c.decode(.env, default: d.env)
        headers = try c.decode(.headers, default: d.headers)
    }
}
