import FoundationEssentials
import OpenFangTypes

/// Reads DuckDuckGo's HTML results page: `a.result__a` links (unwrapping `uddg=` redirects) and
/// `.result__snippet` excerpts.
enum DuckDuckGoResults {
    static let link = TextPattern(#"<a[^>]*class="[^"]*result__a[^"]*"[^>]*href="([^"]*)"[^>]*>(.*?)</a>"#, dotMatchesNewlines: true)
    static let linkHrefFirst = TextPattern(#"<a[^>]*href="([^"]*)"[^>]*class="[^"]*result__a[^"]*"[^>]*>(.*?)</a>"#, dotMatchesNewlines: true)
    static let snippet = TextPattern(#"<([a-z]+)[^>]*class="[^"]*result__snippet[^"]*"[^>]*>(.*?)</\1>"#, dotMatchesNewlines: true)
    static let tag = TextPattern("<[^>]+>")

    /// The hits on the page, in order.
    static func parse(_ html: String) -> [SearchResult] {
        var links = link.matches(in: html)
        if links.isEmpty { links = linkHrefFirst.matches(in: html) }
        let snippets = snippet.matches(in: html).compactMap { $0.groups.count == 2 ? plain($0.groups[1]) : nil }
        return links.enumerated().compactMap { index, match in
            guard match.groups.count == 2 else { return nil }
            return SearchResult(
                title: plain(match.groups[1]), url: unwrap(HTMLEntities.decode(match.groups[0])), snippet: index < snippets.count ? snippets[index] : "")
        }
    }

    /// The target of a `//duckduckgo.com/l/?uddg=<encoded>` redirect link.
    static func unwrap(_ href: String) -> String {
        let absolute = href.hasPrefix("//") ? "https:" + href : href
        guard let components = URLComponents(string: absolute), let target = components.queryItems?.first(where: { $0.name == "uddg" })?.value else {
            return absolute
        }
        return target
    }

    /// Text without tags, entities decoded.
    static func plain(_ html: String) -> String {
        HTMLEntities.decode(tag.replacingMatches(in: html, with: "")).trimmed()
    }
}
