/// A regular expression compiled once (Swift `Regex`, no Foundation) with the matches as
/// ranges and capture texts; a group that did not take part is "".
struct TextPattern: @unchecked Sendable {
    /// One match: where it is and its capture groups' texts.
    struct Match {
        var range: Range<String.Index>
        var groups: [String]
    }

    // `Regex<AnyRegexOutput>` is immutable once built; matching never mutates it.
    private let regex: Regex<AnyRegexOutput>

    /// Compiles `pattern` (a programmer error, caught by the tests, if it does not compile).
    init(_ pattern: String, dotMatchesNewlines: Bool = false, anchorsMatchLines: Bool = false, ignoresCase: Bool = false) {
        var regex = try! Regex(pattern)
        regex = regex.dotMatchesNewlines(dotMatchesNewlines).anchorsMatchLineEndings(anchorsMatchLines).ignoresCase(ignoresCase)
        self.regex = regex
    }

    /// A pattern that matches `text` literally.
    static func literal(_ text: String, ignoresCase: Bool = false) -> TextPattern {
        let special = Set(#"\^$.|?*+()[]{}-/"#)
        let escaped = text.map { special.contains($0) ? "\\\($0)" : String($0) }.joined()
        return TextPattern(escaped, ignoresCase: ignoresCase)
    }

    /// Every non-overlapping match in `text`.
    func matches(in text: String) -> [Match] {
        text.matches(of: regex).map { match in
            Match(range: match.range, groups: match.output.dropFirst().map { $0.substring.map(String.init) ?? "" })
        }
    }

    /// `text` with every match replaced by `replacement`.
    func replacingMatches(in text: String, with replacement: String) -> String {
        text.replacing(regex, with: replacement)
    }

    /// The first match's range in `text`.
    func firstRange(in text: Substring) -> Range<String.Index>? {
        text.firstMatch(of: regex)?.range
    }
}
