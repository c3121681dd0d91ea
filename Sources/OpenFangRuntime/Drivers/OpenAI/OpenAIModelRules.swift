/// Per-model quirks of OpenAI-style APIs (facts from OpenFang's driver).
public enum OpenAIModelRules {
    /// Models that take `max_completion_tokens` instead of `max_tokens` (gpt-5*, o1/o3/o4).
    public static func usesMaxCompletionTokens(_ model: String) -> Bool {
        let name = bareName(model)
        return name.hasPrefix("gpt-5") || ["o1", "o3", "o4"].contains { name == $0 || name.hasPrefix($0 + "-") }
    }

    /// The temperature to send: nil for models that reject one, 1 for Kimi K2, else `requested`.
    public static func temperature(for model: String, requested: Double?) -> Double? {
        let name = bareName(model)
        if ["o1", "o3", "o4"].contains(where: { name == $0 || name.hasPrefix($0 + "-") }) { return nil }
        if name.hasPrefix("gpt-5-mini") || name.hasPrefix("gpt-5-nano") { return nil }
        if name.contains("deepseek-r1") || name.contains("reasoner") || name.contains("-reasoning") { return nil }
        if name.hasPrefix("kimi-k2") { return 1 }
        return requested
    }

    /// The model name without a `vendor/` prefix, lowercased.
    static func bareName(_ model: String) -> String {
        String(model.lowercased().split(separator: "/").last ?? "")
    }
}
