/// How to reach an MCP server: a child process over stdio, or a URL (SSE or streamable HTTP).
public enum MCPTransportConfig: Sendable, Hashable {
    /// Spawn `command args…` and speak JSON-RPC over its stdin/stdout.
    case stdio(command: String, args: [String])
    /// Legacy HTTP+SSE transport.
    case sse(url: String)
    /// Streamable HTTP transport.
    case http(url: String)

    private enum Kind: String, ConfigEnum {
        case stdio, sse, http
    }

    private enum CodingKeys: String, CodingKey {
        case type, command, args, url
    }
}

extension MCPTransportConfig: Codable {
    /// Decodes `{type = "stdio", command, args}` or `{type = "sse"|"http", url}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.required(.type, placeholder: Kind.stdio) {
        case .stdio:
            self = .stdio(command: try c.required(.command, placeholder: ""), args: try c.decode(.args, default: []))
        case .sse:
            self = .sse(url: try c.required(.url, placeholder: ""))
        case .http:
            self = .http(url: try c.required(.url, placeholder: ""))
        }
    }

    /// Encodes the tagged table form.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .stdio(let command, let args):
            try c.encode(Kind.stdio, forKey: .type)
            try c.encode(command, forKey: .command)
            try c.encode(args, forKey: .args)
        case .sse(let url):
            try c.encode(Kind.sse, forKey: .type)
            try c.encode(url, forKey: .url)
        case .http(let url):
            try c.encode(Kind.http, forKey: .type)
            try c.encode(url, forKey: .url)
        }
    }
}
