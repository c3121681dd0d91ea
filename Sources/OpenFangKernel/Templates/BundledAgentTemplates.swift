/// The agent templates that ship with OpenFang (the 30 of the original, in our own words).
public enum BundledAgentTemplates {
    /// The template called `name`.
    public static func template(named name: String) -> BundledAgentTemplate? {
        all.first { $0.name == name }
    }
}
