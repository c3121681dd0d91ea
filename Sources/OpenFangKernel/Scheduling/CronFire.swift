import Foundation
import OpenFangTypes

/// One run of a job the scheduler decided on: which job, for which fire time.
public struct CronFire: Sendable, Hashable {
    /// The job.
    public var job: CronJobID
    /// Its name.
    public var name: String
    /// The agent that receives the prompt.
    public var agent: AgentID
    /// The prompt.
    public var prompt: String
    /// The fire time it stands for.
    public var scheduledFor: Date
    /// Whether the fire time passed while the daemon was down (run by the missed policy).
    public var missed: Bool
}
