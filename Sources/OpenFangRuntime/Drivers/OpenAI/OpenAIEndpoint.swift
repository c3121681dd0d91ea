import FoundationEssentials
import OpenFangTypes

/// Where an OpenAI-compatible server takes chat completions, from whatever base URL a user wrote:
/// `http://localhost:11434`, `…/v1`, `…/v1/` and a pasted `…/v1/chat/completions` all work.
public struct OpenAIEndpoint: Sendable, Hashable {
    /// The normalised base (no trailing slash), e.g. `http://localhost:11434/v1`.
    public var base: String

    /// Normalises `baseURL`; a bare host (no path) gets `/v1`.
    public init(baseURL: String) {
        var text = baseURL.trimmedBaseURL(removing: ["/chat/completions", "/completions", "/embeddings", "/models"])
        if Self.path(of: text).isEmpty { text += "/v1" }
        self.base = text
    }

    /// `<base>/chat/completions`.
    public var chatCompletions: String { base + "/chat/completions" }
    /// `<base>/embeddings`.
    public var embeddings: String { base + "/embeddings" }
    /// `<base>/models`.
    public var models: String { base + "/models" }

    /// The path part of an absolute URL (`""` for `http://host:port`).
    static func path(of url: String) -> Substring {
        guard let scheme = url.firstRange(of: "://") else { return Substring(url) }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "" }
        return rest[slash...]
    }
}
