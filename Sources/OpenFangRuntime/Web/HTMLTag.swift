/// One tag read from HTML: its lowercased name, whether it closes, and its attributes.
struct HTMLTag: Sendable, Equatable {
    var name: String
    var closing: Bool
    var attributes: [String: String]

    /// Parses the inside of `<…>`.
    init(_ inner: Substring) {
        var text = inner.trimmingWhitespace
        closing = text.hasPrefix("/")
        if closing { text = text.dropFirst() }
        if text.hasSuffix("/") { text = text.dropLast() }
        let nameEnd = text.firstIndex { $0 == " " || $0 == "\n" || $0 == "\t" } ?? text.endIndex
        name = text[..<nameEnd].lowercased()
        attributes = [:]
        var rest = text[nameEnd...]
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].trimmingWhitespace.lowercased()
            var after = rest[rest.index(after: equals)...].trimmingWhitespace
            var value: Substring
            if let quote = after.first, quote == "\"" || quote == "'" {
                after = after.dropFirst()
                let end = after.firstIndex(of: quote) ?? after.endIndex
                value = after[..<end]
                rest = end < after.endIndex ? after[after.index(after: end)...] : ""
            } else {
                let end = after.firstIndex(of: " ") ?? after.endIndex
                value = after[..<end]
                rest = after[end...]
            }
            attributes[String(key.split(separator: " ").last ?? "")] = HTMLEntities.decode(String(value))
        }
    }
}

extension Substring {
    /// Without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}
