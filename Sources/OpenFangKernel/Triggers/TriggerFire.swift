import OpenFangTypes

/// A trigger that matched an event and may fire: the prompt for its agent.
public struct TriggerFire: Sendable, Hashable {
    /// The trigger.
    public var trigger: TriggerID
    /// The agent that receives the prompt.
    public var agent: AgentID
    /// The prompt, `{{event}}` filled in.
    public var prompt: String
}
