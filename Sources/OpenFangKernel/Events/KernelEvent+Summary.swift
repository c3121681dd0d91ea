import FoundationEssentials
import OpenFangTypes

extension KernelEvent.Kind {
    /// The kind's snake_case name (`agent_spawned`, `custom:deploy_done`).
    public var name: String {
        switch self {
        case .agentSpawned: "agent_spawned"
        case .agentStateChanged: "agent_state_changed"
        case .agentMessage: "agent_message"
        case .custom(let type): "custom:\(type)"
        case .budget: "budget"
        case .cron: "cron"
        case .approval: "approval"
        case .system: "system"
        }
    }
}

extension KernelEvent {
    /// One line for prompts and matching: kind, agent, payload as JSON.
    public func summary(agentName: String?) -> String {
        let payloadText = (try? JSONEncoder.sortedCompact.encode(payload)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let who = agentName ?? agent?.description
        return "\(kind.name)" + (who.map { " from agent \($0)" } ?? "") + (payloadText == "{}" ? "" : ": \(payloadText)")
    }
}

extension JSONEncoder {
    /// Key-sorted compact JSON with slashes as they are.
    static var sortedCompact: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
