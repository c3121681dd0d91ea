/// A named schema change, applied once, in order, inside a transaction.
struct Migration: Sendable {
    /// Unique name recorded in `schema_migrations`.
    let name: String
    /// The statements, run one after another.
    let statements: [String]
}
