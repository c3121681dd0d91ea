/// One web search hit.
public struct SearchResult: Sendable, Hashable {
    /// The page title.
    public var title: String
    /// The page URL.
    public var url: String
    /// A short excerpt.
    public var snippet: String

    /// Creates a result.
    public init(title: String, url: String, snippet: String) {
        self.title = title
        self.url = url
        self.snippet = snippet
    }
}
