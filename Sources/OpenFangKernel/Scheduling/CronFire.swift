import FoundationEssentials
import OpenFangMemory
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

    /// Creates a fire.
    public init(job: CronJobID, name: String, agent: AgentID, prompt: String, scheduledFor: Date, missed: Bool) {
        self.job = job
        self.name = name
        self.agent = agent
        self.prompt = prompt
        self.scheduledFor = scheduledFor
        self.missed = missed
    }

    /// A fire of `job` now, outside its schedule (`cron run`).
    public init(runningNow job: CronJob) {
        self.init(job: job.record.id, name: job.record.name, agent: job.record.agentID, prompt: job.record.prompt, scheduledFor: Date(), missed: false)
    }
}
