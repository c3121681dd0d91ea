import FoundationEssentials
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

extension Kernel {
    /// What a periodic or continuous agent is told when it wakes.
    static let wakePrompt = "[Scheduled wake-up] Check on your ongoing work and act if anything needs doing; reply NO_REPLY if nothing does."
    /// What a proactive agent is told when a condition it watches occurs.
    static let proactivePrompt = "[Proactive] A condition you watch for occurred: {{event}}"

    /// `proactive` conditions → trigger patterns (OpenFang's mapping; other `event:` names are
    /// custom events published with `event_publish`).
    static let conditionPatterns: [String: String] = [
        "event:agent_spawned": #"{"agent_spawned":{"name_pattern":"*"}}"#, "event:agent_terminated": #""agent_terminated""#,
        "event:lifecycle": #""lifecycle""#, "event:system": #""system""#, "all": #""all""#,
    ]

    /// Makes the manifest's `schedule` real: periodic and continuous agents get a cron job,
    /// proactive ones a trigger per condition. Idempotent (run at spawn and at every boot).
    func installManifestSchedules(for agent: RegisteredAgent) async throws {
        let jobs = try await store.cronJobs().filter { $0.agentID == agent.record.id && $0.origin == "manifest" }
        let wanted: (name: String, schedule: String)? =
            switch agent.manifest.schedule {
            case .periodic(let cron): ("periodic", cron)
            case .continuous(let seconds): ("continuous", "every \(max(seconds, 1))s")
            case .reactive, .proactive: nil
            }
        for job in jobs where job.name != wanted?.name || job.schedule != wanted?.schedule {
            _ = try await store.deleteCronJob(job.id)
        }
        if let wanted, !jobs.contains(where: { $0.name == wanted.name && $0.schedule == wanted.schedule }) {
            _ = try await createCronJob(agent: agent.record.id.description, name: wanted.name, schedule: wanted.schedule, prompt: Self.wakePrompt, origin: "manifest")
        }
        guard case .proactive(let conditions) = agent.manifest.schedule else { return }
        let existing = try await store.triggers().filter { $0.agentID == agent.record.id && $0.origin == "manifest" }.map(\.pattern)
        for condition in conditions {
            guard let pattern = Self.pattern(forCondition: condition) else {
                events.publish(KernelEvent(kind: .system, agent: agent.record.id, payload: .object([
                    "warning": .string("agent \(agent.record.name): proactive condition \"\(condition)\" is not supported yet (memory events are not published)"),
                ])))
                continue
            }
            guard !existing.contains(pattern) else { continue }
            _ = try await createTrigger(agent: agent.record.id.description, pattern: pattern, prompt: Self.proactivePrompt, cooldownSecs: 10, origin: "manifest")
        }
    }

    static func pattern(forCondition condition: String) -> String? {
        if let known = conditionPatterns[condition] { return known }
        guard condition.hasPrefix("event:"), condition.count > 6 else { return nil }
        let type = String(condition.dropFirst(6)).replacing("\"", with: "")
        return #"{"custom":{"event_type":"\#(type)"}}"#
    }
}
