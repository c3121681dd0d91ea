/// `[network]`: the OFP peer network.
public struct NetworkConfig: ConfigSection {
    /// Addresses to listen on (multiaddr form).
    public var listenAddresses: [String]
    /// Peers to dial at start.
    public var bootstrapPeers: [String]
    /// Local discovery.
    public var mdnsEnabled: Bool
    /// Connected peers allowed.
    public var maxPeers: Int
    /// HMAC secret every peer must share (required for OFP).
    public var sharedSecret: String

    /// OpenFang's defaults.
    public static let defaults = NetworkConfig(
        listenAddresses: ["/ip4/0.0.0.0/tcp/0"], bootstrapPeers: [], mdnsEnabled: true, maxPeers: 50,
        sharedSecret: "")

    enum CodingKeys: String, CodingKey {
        case listenAddresses = "listen_addresses"
        case bootstrapPeers = "bootstrap_peers"
        case mdnsEnabled = "mdns_enabled"
        case maxPeers = "max_peers"
        case sharedSecret = "shared_secret"
    }
}

extension NetworkConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        listenAddresses = try c.decode(.listenAddresses, default: d.listenAddresses)
        bootstrapPeers = try c.decode(.bootstrapPeers, default: d.bootstrapPeers)
        mdnsEnabled = try c.decode(.mdnsEnabled, default: d.mdnsEnabled)
        maxPeers = try c.decode(.maxPeers, default: d.maxPeers)
        sharedSecret = try c.decode(.sharedSecret, default: d.sharedSecret)
    }
}
