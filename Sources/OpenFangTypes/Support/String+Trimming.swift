extension StringProtocol {
    /// The text without leading and trailing characters from `set` (no Foundation needed).
    package func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }

    /// A base URL without surrounding blanks, trailing slashes, and the first of `suffixes` it ends with.
    package func trimmedBaseURL(removing suffixes: [String] = []) -> String {
        var text = trimmingCharacters(in: " \t\n")
        while text.hasSuffix("/") { text.removeLast() }
        if let suffix = suffixes.first(where: { text.hasSuffix($0) }) { text.removeLast(suffix.count) }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines.
    package func trimmed() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
