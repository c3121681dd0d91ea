import FoundationEssentials
import OpenFangTypes

/// Picks a provider for a new home: the first key found in the environment (OpenFang's order),
/// else a local Ollama, else Groq (which has a free tier).
struct ProviderDetection {
    /// A provider choice for `[default_model]`.
    struct Choice: Equatable {
        var provider: String
        var model: String
        var apiKeyEnv: String
        /// How it was found, for the user.
        var reason: String
    }

    /// `(provider, key variable, default model)` in the order keys are looked for.
    static let keyOrder: [(provider: String, variable: String, model: String)] = [
        ("groq", "GROQ_API_KEY", "llama-3.3-70b-versatile"),
        ("gemini", "GEMINI_API_KEY", "gemini-2.5-flash"),
        ("deepseek", "DEEPSEEK_API_KEY", "deepseek-chat"),
        ("anthropic", "ANTHROPIC_API_KEY", "claude-sonnet-4-20250514"),
        ("openai", "OPENAI_API_KEY", "gpt-4o"),
        ("openrouter", "OPENROUTER_API_KEY", "openrouter/google/gemini-2.5-flash"),
        ("minimax", "MINIMAX_API_KEY", "MiniMax-M2.7"),
        ("gemini", "GOOGLE_API_KEY", "gemini-2.5-flash"),
    ]

    var environment: [String: String]
    /// Tells whether something answers at host:port (injected so tests need no real Ollama).
    var answers: (String, Int) -> Bool = { TCPProbe.answers(host: $0, port: $1) }

    /// The Ollama address probed: `OLLAMA_HOST` (host:port) or 127.0.0.1:11434.
    var ollamaAddress: (host: String, port: Int) {
        if let value = environment["OLLAMA_HOST"], let address = ListenAddressParser.parse(value) { return address }
        return ("127.0.0.1", 11434)
    }

    /// The choice for this environment.
    func choose() -> Choice {
        for entry in Self.keyOrder where !(environment[entry.variable] ?? "").isEmpty {
            return Choice(provider: entry.provider, model: entry.model, apiKeyEnv: entry.variable, reason: "found \(entry.variable)")
        }
        let ollama = ollamaAddress
        if answers(ollama.host, ollama.port) {
            return Choice(
                provider: "ollama", model: "llama3.2", apiKeyEnv: "OLLAMA_API_KEY",
                reason: "Ollama answers on \(ollama.host):\(ollama.port)")
        }
        return Choice(
            provider: "groq", model: "llama-3.3-70b-versatile", apiKeyEnv: "GROQ_API_KEY",
            reason: "no provider key found and no local Ollama; set GROQ_API_KEY (free tier) or start Ollama")
    }
}

/// Parses `host:port` or `http://host:port` as OLLAMA_HOST is written.
enum ListenAddressParser {
    static func parse(_ text: String) -> (host: String, port: Int)? {
        var rest = Substring(text)
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
        guard let colon = rest.lastIndex(of: ":"), let port = Int(rest[rest.index(after: colon)...]) else {
            return rest.isEmpty ? nil : (String(rest), 11434)
        }
        return (String(rest[..<colon]), port)
    }
}
