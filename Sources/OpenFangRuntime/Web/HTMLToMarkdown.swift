import FoundationEssentials
import OpenFangTypes

/// Turns a web page into readable Markdown: scripts, styles and page chrome dropped (the `main`
/// or `article` part kept when there is one), headings, links, lists, emphasis, code and quotes
/// kept, entities decoded, whitespace tidied.
enum HTMLToMarkdown {
    /// Elements dropped with everything inside them.
    static let dropped: Set<String> = ["script", "style", "noscript", "svg", "iframe", "template", "head", "form", "button", "select"]
    /// Page chrome dropped in readability mode.
    static let chrome: Set<String> = ["nav", "footer", "header", "aside"]
    /// Elements that start a new paragraph.
    static let blocks: Set<String> = ["p", "div", "section", "article", "main", "table", "tr", "ul", "ol", "dl", "figure", "body", "html"]

    /// The Markdown for `html` fetched from `base`.
    static func convert(_ html: String, base: URL?, readability: Bool = true) -> String {
        let title = firstElement("title", in: html).map { HTMLEntities.decode($0).trimmed() }
        var source = html
        if readability, let main = firstElement("main", in: html) ?? firstElement("article", in: html) { source = main }
        let skip = readability ? dropped.union(chrome) : dropped
        var output = ""
        var skipping: [String] = []
        var links: [(start: String.Index, href: String)] = []
        var listDepth = 0
        var inPre = false
        var rest = Substring(source)
        while !rest.isEmpty {
            if rest.hasPrefix("<!--") {
                rest = rest.firstRange(of: "-->").map { rest[$0.upperBound...] } ?? ""
                continue
            }
            guard rest.first == "<", let close = rest.firstIndex(of: ">") else {
                let end = rest.dropFirst().firstIndex(of: "<") ?? rest.endIndex
                if skipping.isEmpty { output += text(rest[..<end], preformatted: inPre) }
                rest = rest[end...]
                continue
            }
            let tag = HTMLTag(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...]
            if !skipping.isEmpty {
                if tag.closing, tag.name == skipping.last { skipping.removeLast() } else if !tag.closing, skip.contains(tag.name) { skipping.append(tag.name) }
                continue
            }
            if skip.contains(tag.name), !tag.closing {
                skipping.append(tag.name)
                continue
            }
            switch (tag.name, tag.closing) {
            case ("h1", false), ("h2", false), ("h3", false), ("h4", false), ("h5", false), ("h6", false):
                output += "\n\n" + String(repeating: "#", count: Int(tag.name.dropFirst()) ?? 1) + " "
            case ("h1", true), ("h2", true), ("h3", true), ("h4", true), ("h5", true), ("h6", true): output += "\n\n"
            case ("br", _): output += "\n"
            case ("li", false): output += "\n" + String(repeating: "  ", count: max(0, listDepth - 1)) + "- "
            case ("ul", false), ("ol", false): listDepth += 1
            case ("ul", true), ("ol", true): listDepth = max(0, listDepth - 1); output += "\n\n"
            case ("strong", _), ("b", _): output += "**"
            case ("em", _), ("i", _): output += "*"
            case ("code", _) where !inPre: output += "`"
            case ("pre", false): inPre = true; output += "\n\n```\n"
            case ("pre", true): inPre = false; output += "\n```\n\n"
            case ("blockquote", false): output += "\n\n> "
            case ("td", false), ("th", false): output += " | "
            case ("a", false): links.append((output.endIndex, tag.attributes["href"] ?? ""))
            case ("a", true):
                guard let link = links.popLast(), link.start <= output.endIndex else { break }
                let label = output[link.start...].trimmed()
                let href = resolve(link.href, base: base)
                output.removeSubrange(link.start...)
                output += href.isEmpty || href.hasPrefix("javascript:") ? label : "[\(label.isEmpty ? href : label)](\(href))"
            case ("img", _):
                if let alt = tag.attributes["alt"], !alt.isEmpty { output += "[image: \(alt)]" }
            default:
                if blocks.contains(tag.name) { output += "\n\n" }
            }
        }
        let body = tidy(output)
        guard let title, !title.isEmpty, !body.hasPrefix("# \(title)") else { return body }
        return "# \(title)\n\n\(body)"
    }

    /// Text content: entities decoded, runs of whitespace collapsed (kept in `pre`).
    static func text(_ raw: Substring, preformatted: Bool) -> String {
        let decoded = HTMLEntities.decode(String(raw))
        guard !preformatted else { return decoded }
        var output = ""
        var lastWasSpace = false
        for character in decoded {
            if character.isWhitespace {
                if !lastWasSpace { output.append(" ") }
                lastWasSpace = true
            } else {
                output.append(character)
                lastWasSpace = false
            }
        }
        return output
    }

    /// Trailing spaces removed, at most one blank line in a row.
    static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for line in text.components(separatedBy: "\n") {
            var trimmed = Substring(line)
            while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
            let cleaned = trimmed.hasPrefix(" ") && !trimmed.hasPrefix("  -") ? String(trimmed.drop { $0 == " " }) : String(trimmed)
            if cleaned.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(cleaned)
        }
        return lines.joined(separator: "\n").trimmed()
    }

    /// The inner HTML of the first `<name …>…</name>`.
    static func firstElement(_ name: String, in html: String) -> String? {
        guard let open = TextPattern.literal("<\(name)", ignoresCase: true).firstRange(in: html[...]), let openEnd = html[open.upperBound...].firstIndex(of: ">"),
            let close = TextPattern.literal("</\(name)>", ignoresCase: true).firstRange(in: html[openEnd...])
        else { return nil }
        let next = html[open.upperBound]
        guard next == ">" || next.isWhitespace else { return nil }
        return String(html[html.index(after: openEnd)..<close.lowerBound])
    }

    static func resolve(_ href: String, base: URL?) -> String {
        guard !href.isEmpty, !href.hasPrefix("#") else { return "" }
        return URL(string: href, relativeTo: base)?.absoluteURL.absoluteString ?? href
    }
}
