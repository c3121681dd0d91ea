import Foundation

/// Reads DuckDuckGo's HTML results page: `a.result__a` links (unwrapping `uddg=` redirects) and
/// `.result__snippet` excerpts.
enum DuckDuckGoResults {
    static let link = try! NSRegularExpression(pattern: #"<a[^>]*class="[^"]*result__a[^"]*"[^>]*href="([^"]*)"[^>]*>(.*?)</a>"#, options: [.dotMatchesLineSeparators])
    static let linkHrefFirst = try! NSRegularExpression(pattern: #"<a[^>]*href="([^"]*)"[^>]*class="[^"]*result__a[^"]*"[^>]*>(.*?)</a>"#, options: [.dotMatchesLineSeparators])
    static let snippet = try! NSRegularExpression(pattern: #"<([a-z]+)[^>]*class="[^"]*result__snippet[^"]*"[^>]*>(.*?)</\1>"#, options: [.dotMatchesLineSeparators])

    /// The hits on the page, in order.
    static func parse(_ html: String) -> [SearchResult] {
        let whole = NSRange(html.startIndex..., in: html)
        var links = link.matches(in: html, range: whole)
        if links.isEmpty { links = linkHrefFirst.matches(in: html, range: whole) }
        let snippets = snippet.matches(in: html, range: whole).compactMap { Range($0.range(at: 2), in: html).map { plain(String(html[$0])) } }
        return links.enumerated().compactMap { index, match in
            guard let href = Range(match.range(at: 1), in: html), let title = Range(match.range(at: 2), in: html) else { return nil }
            return SearchResult(title: plain(String(html[title])), url: unwrap(HTMLEntities.decode(String(html[href]))), snippet: index < snippets.count ? snippets[index] : "")
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
        HTMLEntities.decode(html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
