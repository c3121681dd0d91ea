/// How capable (and how expensive) a catalogued model is, as OpenFang's catalog ranks them.
public enum ModelTier: String, Sendable, Codable, CaseIterable, Hashable {
    case frontier, smart, balanced, fast, local, custom
}
