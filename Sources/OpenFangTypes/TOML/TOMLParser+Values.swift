extension TOMLParser {
    /// Any value, dispatched on its first character.
    mutating func parseValue() throws(TOMLSyntaxError) -> TOMLValue {
        let start = position
        let storage: TOMLValue.Storage
        switch peek() {
        case UInt8(ascii: "\"")?:
            storage = .string(startsWith("\"\"\"") ? try parseMultilineString(literal: false) : try parseBasicString())
        case UInt8(ascii: "'")?:
            storage = .string(startsWith("'''") ? try parseMultilineString(literal: true) : try parseLiteralString())
        case UInt8(ascii: "[")?:
            storage = .array(try parseArray())
        case UInt8(ascii: "{")?:
            storage = .table(try parseInlineTable())
        case nil, UInt8(ascii: "\n")?, UInt8(ascii: "\r")?, UInt8(ascii: "#")?:
            throw error("expected a value after `=`, found \(foundDescription)")
        default:
            storage = try parseBareValue()
        }
        return TOMLValue(storage, location: location(at: start), endOffset: position)
    }

    /// Booleans, numbers and dates: everything not opened by a bracket or quote.
    private mutating func parseBareValue() throws(TOMLSyntaxError) -> TOMLValue.Storage {
        let start = position
        while let byte = peek(), Self.isBareValueByte(byte) { position += 1 }
        // A date followed by a space and a time is one local or offset date-time.
        if position - start == 10, peek() == UInt8(ascii: " "), let next = peek(1), Self.isDigit(next),
            let after = peek(3), after == UInt8(ascii: ":")
        {
            position += 1
            while let byte = peek(), Self.isBareValueByte(byte) { position += 1 }
        }
        let token = String(decoding: bytes[start..<position], as: UTF8.self)
        if token == "true" { return .boolean(true) }
        if token == "false" { return .boolean(false) }
        if let number = Self.number(token) { return number }
        if let date = TOMLDateTimeParser.parse(token) { return .dateTime(date) }
        position = start
        let hint =
            token.isEmpty || token.first!.isLetter
            ? " (strings must be quoted: \"\(token)\")" : ""
        throw error("invalid value \(foundDescription): expected a string, number, boolean, date, array or inline table\(hint)")
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isBareValueByte(_ byte: UInt8) -> Bool {
        isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    /// Parses TOML integer and float syntax; nil when `token` is not a number.
    static func number(_ token: String) -> TOMLValue.Storage? {
        switch token {
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where token.hasPrefix(prefix) {
            let digits = String(token.dropFirst(2))
            guard validUnderscores(digits), let value = Int64(digits.filter { $0 != "_" }, radix: radix)
            else { return nil }
            return .integer(value)
        }
        var unsigned = Substring(token)
        if unsigned.first == "+" || unsigned.first == "-" { unsigned = unsigned.dropFirst() }
        guard let first = unsigned.first, first.isASCII, first.isNumber, validUnderscores(String(unsigned)) else {
            return nil
        }
        let plain = token.filter { $0 != "_" }
        let isFloat = unsigned.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        let integerPart = unsigned.prefix(while: { $0 != "." && $0 != "e" && $0 != "E" })
        if integerPart.count > 1, integerPart.first == "0" { return nil }
        if isFloat {
            if unsigned.contains(".") {
                let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, let firstFraction = parts[1].first, firstFraction.isNumber else { return nil }
            }
            guard !plain.hasSuffix("e"), !plain.hasSuffix("E"), let value = Double(plain) else { return nil }
            return .float(value)
        }
        guard unsigned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") }), let value = Int64(plain) else {
            return nil
        }
        return .integer(value)
    }

    /// Underscores only between two digits.
    private static func validUnderscores(_ text: String) -> Bool {
        let characters = Array(text)
        for (index, character) in characters.enumerated() where character == "_" {
            guard index > 0, index < characters.count - 1, characters[index - 1].isHexDigit,
                characters[index + 1].isHexDigit
            else { return false }
        }
        return true
    }

    /// `[ value, value, ]` across lines, with comments.
    private mutating func parseArray() throws(TOMLSyntaxError) -> [TOMLValue] {
        let start = position
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { throw error("arrays and inline tables nest deeper than \(Self.maxDepth) levels") }
        position += 1
        var elements: [TOMLValue] = []
        while true {
            skipTrivia()
            if peek() == UInt8(ascii: "]") {
                position += 1
                return elements
            }
            if atEnd { throw error("unterminated array: expected `]`", at: start) }
            elements.append(try parseValue())
            skipTrivia()
            switch peek() {
            case UInt8(ascii: ",")?: position += 1
            case UInt8(ascii: "]")?: continue
            default: throw error("expected `,` or `]` in the array, found \(foundDescription)")
            }
        }
    }

    /// `{ key = value, … }` on one line.
    private mutating func parseInlineTable() throws(TOMLSyntaxError) -> TOMLTable {
        let start = position
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { throw error("arrays and inline tables nest deeper than \(Self.maxDepth) levels") }
        position += 1
        var table = TOMLTable()
        table.origin = .inline
        table.location = location(at: start)
        skipSpaces()
        if peek() == UInt8(ascii: "}") {
            position += 1
            return table
        }
        while true {
            skipSpaces()
            let keyStart = position
            let (path, locations) = try parseKey()
            let value = try parseKeyValueTail(keyPath: path)
            try Self.insertDotted(value, path: path, keyLocations: locations, into: &table, error: { message in
                TOMLSyntaxError(location: location(at: keyStart), message: message)
            })
            skipSpaces()
            switch peek() {
            case UInt8(ascii: ",")?: position += 1
            case UInt8(ascii: "}")?:
                position += 1
                Self.freeze(&table)
                return table
            default:
                throw error("expected `,` or `}` in the inline table (inline tables stay on one line), found \(foundDescription)")
            }
        }
    }

    /// Marks a table and every table inside it as inline, so later lines cannot extend them.
    static func freeze(_ table: inout TOMLTable) {
        table.origin = .inline
        for key in table.keys {
            table.modify(key) { value in
                if case .table(var inner) = value.storage {
                    freeze(&inner)
                    value.storage = .table(inner)
                }
            }
        }
    }
}
