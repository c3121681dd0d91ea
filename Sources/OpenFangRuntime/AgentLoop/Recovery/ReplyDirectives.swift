import FoundationEssentials
import OpenFangTypes

/// Instructions an agent writes into its reply for the channel layer: `[[reply:<id>]]` (answer
/// that message), `[[@current]]` (answer the current one), `[[silent]]` (send nothing). Silence
/// is also the exact text `NO_REPLY` or `[SILENT]` (any case).
public struct ReplyDirectives: Sendable, Hashable {
    /// The message id to reply to.
    public var replyTo: String?
    /// Reply to the message being handled.
    public var replyToCurrent: Bool
    /// Send nothing.
    public var silent: Bool

    /// No directives.
    public init(replyTo: String? = nil, replyToCurrent: Bool = false, silent: Bool = false) {
        self.replyTo = replyTo
        self.replyToCurrent = replyToCurrent
        self.silent = silent
    }

    /// The text without directives, and the directives found.
    public static func parse(_ text: String) -> (text: String, directives: ReplyDirectives) {
        var directives = ReplyDirectives()
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "[[") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: "]]") else {
                rest = rest[open.lowerBound...]
                break
            }
            let body = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: " \t")
            let lowered = body.lowercased()
            if lowered == "silent" {
                directives.silent = true
            } else if lowered == "@current" {
                directives.replyToCurrent = true
            } else if lowered.hasPrefix("reply:"), body.count > 6 {
                directives.replyTo = String(body.dropFirst(6)).trimmingCharacters(in: " \t")
            } else {
                output += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        output += rest
        let trimmed = output.trimmed()
        if trimmed == "NO_REPLY" || trimmed.uppercased() == "[SILENT]" {
            directives.silent = true
            return ("", directives)
        }
        return (directives.silent ? "" : trimmed, directives)
    }
}
