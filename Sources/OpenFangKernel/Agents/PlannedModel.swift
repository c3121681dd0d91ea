import OpenFangTypes

/// A model switch checked and ready to apply: the new `[model]` settings, what they resolve to,
/// and how to write them into a manifest.
struct PlannedModel: Sendable {
    /// The agent's `[model]` after the switch.
    var model: ManifestModelConfig
    /// The `provider/model` it resolves to.
    var resolved: String
    /// Whether the provider changes (the old provider's key variable and base URL are dropped).
    var providerChanged: Bool

    /// `manifest` with `[model] provider` and `model` rewritten (comments kept).
    func rewrite(_ manifest: String) throws -> String {
        var text = manifest
        for (key, value) in [("provider", model.provider), ("model", model.model)] {
            text = try TOMLEditor.setting(["model", key], to: TOMLWriter.quoted(value), in: text)
        }
        for key in ["api_key_env", "base_url"] where providerChanged {
            text = (try? TOMLEditor.removing(["model", key], in: text)) ?? text
        }
        return text
    }
}
