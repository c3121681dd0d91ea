import FoundationEssentials
import OpenFangTypes

/// One step of a run, numbered in the order it happened.
public struct RunStep: Sendable, Hashable, Codable {
    /// The run.
    public var runID: RunID
    /// 1-based position in the run.
    public var seq: Int
    /// What it records.
    public var kind: RunStepKind
    /// The details.
    public var payload: JSONValue
    /// When it was written.
    public var at: Date
}
