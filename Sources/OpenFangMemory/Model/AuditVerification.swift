/// The result of walking the audit chain.
public struct AuditVerification: Sendable, Hashable, Codable {
    /// Records checked.
    public var checked: Int
    /// The first record that does not verify, if any.
    public var firstBroken: Int?
    /// Why it does not verify.
    public var reason: String?

    /// Whether the whole chain verified.
    public var isIntact: Bool { firstBroken == nil }
}
