/// What is wrong with a request body before it is decoded as JSON, said precisely: empty,
/// not UTF-8 (at which byte), or nested deeper than the API accepts. The decoder's own error
/// only says "not valid JSON".
enum JSONBodyCheck {
    /// The deepest nesting of arrays and objects a body may have.
    static let maxDepth = 64

    /// The problem with `bytes`, or nil when they may be decoded.
    static func problem(with bytes: some Collection<UInt8>) -> String? {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return "the body is empty (send a JSON object with content-type application/json)"
        }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: break loop
            case .error(let length): return "the body is not valid UTF-8 (at byte \(offset + 1), \(length) bad byte\(length == 1 ? "" : "s"))"
            }
        }
        var (depth, inString, escaped) = (0, false, false)
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maxDepth { return "the body nests arrays and objects deeper than \(maxDepth) levels" }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return nil
    }
}
