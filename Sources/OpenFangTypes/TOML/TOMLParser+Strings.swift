extension TOMLParser {
    static func isForbiddenControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != UInt8(ascii: "\t")) || byte == 0x7F
    }

    /// `"…"` with escapes, on one line.
    mutating func parseBasicString() throws(TOMLSyntaxError) -> String {
        let start = position
        position += 1
        var scalars: [UInt8] = []
        while true {
            guard let byte = peek(), byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") else {
                throw error("unterminated string: expected a closing `\"` before the end of the line", at: start)
            }
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: scalars, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                try parseEscape(into: &scalars)
            } else {
                if Self.isForbiddenControl(byte) { throw error("control character U+\(hex(byte)) in a string; escape it") }
                scalars.append(byte)
                position += 1
            }
        }
    }

    /// `'…'` verbatim, on one line.
    mutating func parseLiteralString() throws(TOMLSyntaxError) -> String {
        let start = position
        position += 1
        let contentStart = position
        while true {
            guard let byte = peek(), byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") else {
                throw error("unterminated literal string: expected a closing `'` before the end of the line", at: start)
            }
            if byte == UInt8(ascii: "'") {
                let text = String(decoding: bytes[contentStart..<position], as: UTF8.self)
                position += 1
                return text
            }
            if Self.isForbiddenControl(byte) { throw error("control character U+\(hex(byte)) in a literal string") }
            position += 1
        }
    }

    /// `"""…"""` or `'''…'''`.
    mutating func parseMultilineString(literal: Bool) throws(TOMLSyntaxError) -> String {
        let start = position
        let quote = literal ? UInt8(ascii: "'") : UInt8(ascii: "\"")
        position += 3
        _ = consumeNewline()
        var content: [UInt8] = []
        while true {
            guard let byte = peek() else {
                throw error("unterminated multi-line string: expected a closing \(literal ? "'''" : "\"\"\"")", at: start)
            }
            if byte == quote, peek(1) == quote, peek(2) == quote {
                var run = 3
                while peek(run) == quote { run += 1 }
                if run > 5 { throw error("too many quotes at the end of a multi-line string") }
                content.append(contentsOf: repeatElement(quote, count: run - 3))
                position += run
                return String(decoding: content, as: UTF8.self)
            }
            if !literal, byte == UInt8(ascii: "\\") {
                if try skipLineEndingBackslash() { continue }
                try parseEscape(into: &content)
                continue
            }
            if byte == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") {
                content.append(contentsOf: [byte, UInt8(ascii: "\n")])
                position += 2
                continue
            }
            if byte != UInt8(ascii: "\n"), Self.isForbiddenControl(byte) {
                throw error("control character U+\(hex(byte)) in a multi-line string")
            }
            content.append(byte)
            position += 1
        }
    }

    /// A `\` followed only by spaces up to a newline trims through the next non-blank character.
    private mutating func skipLineEndingBackslash() throws(TOMLSyntaxError) -> Bool {
        var probe = position + 1
        while probe < bytes.count, bytes[probe] == UInt8(ascii: " ") || bytes[probe] == UInt8(ascii: "\t") { probe += 1 }
        guard probe < bytes.count, bytes[probe] == UInt8(ascii: "\n") || bytes[probe] == UInt8(ascii: "\r") else {
            return false
        }
        position = probe
        while let byte = peek(),
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        {
            position += 1
        }
        return true
    }

    private mutating func parseEscape(into output: inout [UInt8]) throws(TOMLSyntaxError) {
        let start = position
        position += 1
        guard let code = peek() else { throw error("unterminated escape sequence", at: start) }
        position += 1
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "b"): 0x08, UInt8(ascii: "t"): 0x09, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "f"): 0x0C,
            UInt8(ascii: "r"): 0x0D, UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "e"): 0x1B,
        ]
        if let replacement = simple[code] {
            output.append(replacement)
            return
        }
        let digits: Int
        switch code {
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default:
            throw error("invalid escape `\\\(String(UnicodeScalar(code)))`; valid: \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX", at: start)
        }
        guard position + digits <= bytes.count,
            let value = UInt32(String(decoding: bytes[position..<position + digits], as: UTF8.self), radix: 16),
            let scalar = Unicode.Scalar(value)
        else {
            throw error("invalid Unicode escape: expected \(digits) hex digits naming a valid scalar", at: start)
        }
        position += digits
        output.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
