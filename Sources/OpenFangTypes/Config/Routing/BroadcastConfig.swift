/// `[broadcast]`: one message to several agents.
public struct BroadcastConfig: ConfigSection {
    /// Parallel or one after another.
    public var strategy: BroadcastStrategy
    /// Peer id → agent names.
    public var routes: [String: [String]]

    /// OpenFang's defaults.
    public static let defaults = BroadcastConfig(strategy: .parallel, routes: [:])

    enum CodingKeys: String, CodingKey {
        case strategy, routes
    }
}

extension BroadcastConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        strategy = try c.decode(.strategy, default: d.strategy)
        routes = try c.decode(.routes, default: d.routes)
    }
}
