import FoundationEssentials

/// An IPv4 or IPv6 address, parsed from every spelling the C library would accept for IPv4
/// (`127.0.0.1`, `127.1`, `2130706433`, `0x7f000001`, `0177.0.0.1`) and the usual IPv6 forms.
public enum IPAddress: Sendable, Hashable, CustomStringConvertible {
    case v4(UInt32)
    case v6([UInt16])

    /// Parses `text`; nil when it is not an address.
    public init?(_ text: String) {
        var text = text
        if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        if let zone = text.firstIndex(of: "%") { text = String(text[..<zone]) }
        if text.contains(":") {
            guard let groups = Self.parseV6(text) else { return nil }
            self = .v6(groups)
        } else {
            guard let value = Self.parseV4(text) else { return nil }
            self = .v4(value)
        }
    }

    /// inet_aton rules: 1 to 4 parts, each decimal, 0x-hex or 0-octal; the last part fills the rest.
    static func parseV4(_ text: String) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...4).contains(parts.count) else { return nil }
        var numbers: [UInt64] = []
        for part in parts {
            let lower = part.lowercased()
            let value: UInt64?
            if lower.hasPrefix("0x") {
                value = lower.count == 2 ? 0 : UInt64(lower.dropFirst(2), radix: 16)
            } else if lower.count > 1, lower.hasPrefix("0") {
                value = UInt64(lower.dropFirst(), radix: 8)
            } else {
                value = UInt64(lower, radix: 10)
            }
            guard let value else { return nil }
            numbers.append(value)
        }
        var result: UInt64 = 0
        for (index, number) in numbers.dropLast().enumerated() {
            guard number <= 255 else { return nil }
            result |= number << UInt64(8 * (3 - index))
        }
        let remainingBits = UInt64(8 * (4 - (numbers.count - 1)))
        guard let last = numbers.last, last < (1 << remainingBits) else { return nil }
        return UInt32(result | last)
    }

    static func parseV6(_ text: String) -> [UInt16]? {
        var head = text
        var tailV4: [UInt16] = []
        if let lastColon = text.lastIndex(of: ":"), text[text.index(after: lastColon)...].contains(".") {
            guard let v4 = parseV4(String(text[text.index(after: lastColon)...])),
                text[text.index(after: lastColon)...].split(separator: ".").count == 4
            else { return nil }
            tailV4 = [UInt16(v4 >> 16), UInt16(v4 & 0xFFFF)]
            head = String(text[...lastColon])
            if head.hasSuffix(":") && !head.hasSuffix("::") { head.removeLast() }
        }
        let halves = head.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt16]? {
            if part.isEmpty { return [] }
            var result: [UInt16] = []
            for piece in part.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(piece.count), let value = UInt16(piece, radix: 16) else { return nil }
                result.append(value)
            }
            return result
        }
        guard let left = groups(halves[0]) else { return nil }
        if halves.count == 2 {
            guard let right = groups(halves[1]) else { return nil }
            let missing = 8 - left.count - right.count - tailV4.count
            guard missing >= 1 else { return nil }
            return left + Array(repeating: 0, count: missing) + right + tailV4
        }
        guard left.count + tailV4.count == 8 else { return nil }
        return left + tailV4
    }

    /// The IPv4 address inside an IPv4-mapped (`::ffff:a.b.c.d`), IPv4-compatible or NAT64 address.
    public var embeddedV4: UInt32? {
        guard case .v6(let g) = self else { return nil }
        let low = UInt32(g[6]) << 16 | UInt32(g[7])
        if g[0..<5].allSatisfy({ $0 == 0 }), g[5] == 0xFFFF { return low }
        if g[0..<6].allSatisfy({ $0 == 0 }), low > 1 { return low }
        if g[0] == 0x64, g[1] == 0xFF9B, g[2..<6].allSatisfy({ $0 == 0 }) { return low }
        return nil
    }

    /// Dotted or colon form.
    public var description: String {
        switch self {
        case .v4(let value): return [24, 16, 8, 0].map { String((value >> UInt32($0)) & 0xFF) }.joined(separator: ".")
        case .v6(let groups): return groups.map { String($0, radix: 16) }.joined(separator: ":")
        }
    }
}
