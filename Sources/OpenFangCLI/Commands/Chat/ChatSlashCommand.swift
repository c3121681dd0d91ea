/// One `/command` of `openfang chat`: how `/help` shows it and what it does.
struct ChatSlashCommand: Sendable {
    /// The command with its arguments, as `/help` shows it (`/model [provider/model]`).
    var usage: String
    /// One line for `/help`.
    var summary: String
    /// Runs it with the rest of the line (trimmed, possibly empty).
    var perform: @Sendable (inout ChatSession, String) async throws -> ChatSession.Flow
}
