extension TOMLParser {
    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "-")
    }

    /// A possibly dotted key, with the location of each part.
    mutating func parseKey() throws(TOMLSyntaxError) -> ([String], [TOMLSourceLocation]) {
        var parts: [String] = []
        var locations: [TOMLSourceLocation] = []
        while true {
            skipSpaces()
            locations.append(here)
            parts.append(try parseSimpleKey())
            if parts.count > Self.maxDepth { throw error("a dotted key has more than \(Self.maxDepth) parts") }
            skipSpaces()
            guard peek() == UInt8(ascii: ".") else { return (parts, locations) }
            position += 1
        }
    }

    mutating func parseSimpleKey() throws(TOMLSyntaxError) -> String {
        switch peek() {
        case UInt8(ascii: "\""):
            if startsWith("\"\"\"") { throw error("a key cannot be a multi-line string") }
            return try parseBasicString()
        case UInt8(ascii: "'"):
            if startsWith("'''") { throw error("a key cannot be a multi-line string") }
            return try parseLiteralString()
        case let byte? where Self.isBareKeyByte(byte):
            let start = position
            while let next = peek(), Self.isBareKeyByte(next) { position += 1 }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        default:
            throw error(
                "expected a key (letters, digits, `_`, `-`, or a quoted string), found \(foundDescription)")
        }
    }
}
