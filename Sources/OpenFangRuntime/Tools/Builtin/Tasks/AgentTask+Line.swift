extension AgentTask {
    /// One line for a listing.
    var line: String {
        "[\(id)] \(status): \(title)" + (assignedTo.map { " (for \($0))" } ?? "") + (result.map { " → \($0)" } ?? "")
    }
}
