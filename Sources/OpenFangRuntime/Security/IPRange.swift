/// A CIDR block (`10.0.0.0/8`, `fc00::/7`).
public struct IPRange: Sendable, Hashable {
    let network: IPAddress
    let prefix: Int

    /// Parses `a.b.c.d/n` or `x::/n`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let address = IPAddress(String(parts[0])), let prefix = Int(parts[1]) else { return nil }
        switch address {
        case .v4: guard (0...32).contains(prefix) else { return nil }
        case .v6: guard (0...128).contains(prefix) else { return nil }
        }
        self.network = address
        self.prefix = prefix
    }

    /// Whether `address` lies in the block.
    public func contains(_ address: IPAddress) -> Bool {
        switch (network, address) {
        case (.v4(let net), .v4(let value)):
            guard prefix > 0 else { return true }
            let mask: UInt32 = prefix == 32 ? .max : ~(UInt32.max >> UInt32(prefix))
            return net & mask == value & mask
        case (.v6(let net), .v6(let value)):
            var remaining = prefix
            for index in 0..<8 where remaining > 0 {
                let bits = min(16, remaining)
                let mask: UInt16 = bits == 16 ? .max : ~(UInt16.max >> UInt16(bits))
                if net[index] & mask != value[index] & mask { return false }
                remaining -= bits
            }
            return true
        default:
            return false
        }
    }
}
