/// What the loop is doing, for progress displays.
public enum LoopPhase: Sendable, Hashable {
    /// Waiting for the model.
    case thinking
    /// Running a tool.
    case toolUse(String)
    /// Shrinking the session.
    case compacting
    /// Finished.
    case done
}
