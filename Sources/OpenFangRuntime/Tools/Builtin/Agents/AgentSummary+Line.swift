extension AgentSummary {
    /// One line for a listing: `name (id) — state, model: description`.
    var line: String {
        "\(name) (\(id)) — \(state), \(model)" + (description.isEmpty ? "" : ": \(description)")
    }
}
