/// A TOML 1.0 parser that keeps the source location of every key and value.
///
/// Written for OpenFang's needs: exact `file:line:column` errors, unknown-key warnings with
/// lines, and comment-preserving edits. Used through ``TOMLDocument``.
struct TOMLParser {
    let bytes: [UInt8]
    let file: String
    var position = 0
    var root = TOMLTable()
    var headers: [TOMLDocument.Header] = []
    /// Path of the table that key/value lines currently go into.
    var currentPath: [String] = []
    /// How many arrays and inline tables enclose the value being parsed.
    var depth = 0
    /// The deepest nesting of arrays and inline tables, and the most parts of a dotted key,
    /// accepted: deeper input is an error, not a stack overflow.
    static let maxDepth = 64
    private let lineStarts: [Int]

    init(source: String, file: String) {
        self.bytes = Array(source.utf8)
        self.file = file
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        self.lineStarts = starts
    }

    // MARK: Locations and errors

    func location(at offset: Int) -> TOMLSourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low]
        let end = min(offset, bytes.count)
        let column = String(decoding: bytes[lineStart..<max(lineStart, end)], as: UTF8.self).unicodeScalars.count + 1
        return TOMLSourceLocation(file: file, line: low + 1, column: column, offset: offset)
    }

    var here: TOMLSourceLocation { location(at: position) }

    func error(_ message: String, at offset: Int? = nil) -> TOMLSyntaxError {
        TOMLSyntaxError(location: location(at: offset ?? position), message: message)
    }

    /// A short quote of what is at `position`, for "found …" in messages.
    var foundDescription: String {
        guard position < bytes.count else { return "the end of the file" }
        switch bytes[position] {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return "the end of the line"
        default:
            var end = position
            while end < bytes.count, end - position < 20, !Self.isTokenEnd(bytes[end]) { end += 1 }
            if end == position { end = position + 1 }
            return "`\(String(decoding: bytes[position..<end], as: UTF8.self))`"
        }
    }

    static func isTokenEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "#")
    }

    // MARK: Scanning helpers

    var atEnd: Bool { position >= bytes.count }

    func peek(_ ahead: Int = 0) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }

    func startsWith(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return text.withUTF8Buffer { buffer in
            (0..<count).allSatisfy { bytes[position + $0] == buffer[$0] }
        }
    }

    mutating func skipSpaces() {
        while let byte = peek(), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { position += 1 }
    }

    mutating func skipComment() {
        guard peek() == UInt8(ascii: "#") else { return }
        while let byte = peek(), byte != UInt8(ascii: "\n") { position += 1 }
    }

    /// Consumes a newline (`\n` or `\r\n`); returns false if none is here.
    mutating func consumeNewline() -> Bool {
        if peek() == UInt8(ascii: "\n") {
            position += 1
            return true
        }
        if peek() == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") {
            position += 2
            return true
        }
        return false
    }

    /// Skips blank space, newlines and comments (inside arrays).
    mutating func skipTrivia() {
        while true {
            skipSpaces()
            skipComment()
            if !consumeNewline() { return }
        }
    }

    /// After a key/value or header: only spaces, a comment, then a newline or the end.
    mutating func expectEndOfLine(after what: String) throws(TOMLSyntaxError) {
        skipSpaces()
        skipComment()
        if atEnd || consumeNewline() { return }
        throw error("expected the end of the line after \(what), found \(foundDescription)")
    }

    // MARK: Document

    mutating func parseDocument() throws(TOMLSyntaxError) {
        while true {
            skipSpaces()
            guard let byte = peek() else { return }
            switch byte {
            case UInt8(ascii: "#"):
                skipComment()
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if !consumeNewline() { throw error("a carriage return must be followed by a newline") }
            case UInt8(ascii: "["):
                try parseHeader()
            default:
                let start = position
                let (path, locations) = try parseKey()
                let value = try parseKeyValueTail(keyPath: path)
                try insert(value, at: path, keyLocations: locations, in: currentPath, keyStart: start)
                try expectEndOfLine(after: "the value of `\(path.joined(separator: "."))`")
            }
        }
    }

    /// After a key: `=` then a value.
    mutating func parseKeyValueTail(keyPath: [String]) throws(TOMLSyntaxError) -> TOMLValue {
        skipSpaces()
        guard peek() == UInt8(ascii: "=") else {
            throw error("expected `=` after the key `\(keyPath.joined(separator: "."))`, found \(foundDescription)")
        }
        position += 1
        skipSpaces()
        return try parseValue()
    }

    mutating func parseHeader() throws(TOMLSyntaxError) {
        let start = position
        let isArray = peek(1) == UInt8(ascii: "[")
        position += isArray ? 2 : 1
        skipSpaces()
        let (path, locations) = try parseKey()
        skipSpaces()
        let closing: StaticString = isArray ? "]]" : "]"
        guard startsWith(closing) else {
            throw error("expected `\(closing)` to close the table header, found \(foundDescription)")
        }
        position += isArray ? 2 : 1
        let headerLocation = location(at: start)
        if isArray {
            currentPath = try openArrayTable(path, keyLocations: locations, headerLocation: headerLocation)
        } else {
            currentPath = try openTable(path, keyLocations: locations, headerLocation: headerLocation)
        }
        try expectEndOfLine(after: "the table header")
        headers.append(.init(path: path, isArray: isArray, startOffset: start, lineEndOffset: position))
    }
}
