import FoundationEssentials
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

extension Kernel {
    /// Jobs one agent may have (OpenFang's limit).
    public static let maxCronJobsPerAgent = 50
    /// Failures in a row that disable a job.
    public static let maxConsecutiveCronErrors = 5

    /// Creates a job: `schedule` is cron, `every 5m`, `at <ISO 8601>` or a phrase; `missed` is
    /// `skip`, `once` or `catch_up:N`. Errors name what is wrong.
    public func createCronJob(
        agent nameOrID: String, name: String, schedule: String, prompt: String, missed: String = "skip", origin: String = "user", now: Date = Date()
    ) async throws -> CronJob {
        guard let agent = find(nameOrID) else { throw unknown(nameOrID) }
        let trimmed = name.trimmingCharacters(in: " \t")
        guard !trimmed.isEmpty, trimmed.count <= 128, trimmed.allSatisfy({ $0.isLetter || $0.isNumber || " -_".contains($0) }) else {
            throw KernelError.schedule("job name \"\(name)\": 1-128 letters, digits, spaces, - or _")
        }
        guard !prompt.trimmed().isEmpty, prompt.utf8.count <= 16_384 else {
            throw KernelError.schedule("job \(trimmed): the prompt must be 1-16384 bytes")
        }
        do {
            _ = try CronSchedule(parsing: schedule)
        } catch {
            throw KernelError.schedule("schedule \(error.description)")
        }
        let record = CronJobRecord(
            id: .random(), agentID: agent.record.id, name: trimmed, schedule: schedule.trimmingCharacters(in: " \t"), prompt: prompt,
            missed: try Self.policy(missed).storageForm, origin: origin, createdAt: now)
        let job = try Self.parse(record)
        if case .at(let moment) = job.schedule, moment <= now {
            throw KernelError.schedule("job \(trimmed): \(schedule) is in the past")
        }
        let existing = try await store.cronJobs()
        guard existing.filter({ $0.agentID == agent.record.id }).count < Self.maxCronJobsPerAgent else {
            throw KernelError.schedule("agent \(agent.record.name) already has \(Self.maxCronJobsPerAgent) jobs (the limit per agent)")
        }
        guard existing.count < config.maxCronJobs else {
            throw KernelError.schedule("there are already \(existing.count) jobs (max_cron_jobs = \(config.maxCronJobs) in config.toml)")
        }
        guard !existing.contains(where: { $0.agentID == agent.record.id && $0.name == trimmed }) else {
            throw KernelError.schedule("agent \(agent.record.name) already has a job named \"\(trimmed)\"")
        }
        try await store.saveCronJob(record)
        try await store.appendAudit(AuditEntry(
            actor: origin, action: "cron.create", subject: "cron:\(record.id)",
            detail: .object(["agent": .string(agent.record.name), "name": .string(trimmed), "schedule": .string(record.schedule)])))
        return job
    }

    /// Every job, oldest first (jobs whose schedule no longer parses are left out).
    public func cronJobs() async throws -> [CronJob] {
        try await store.cronJobs().compactMap { try? Self.parse($0) }
    }

    /// The job an id, an id prefix or an `agent/name` refers to.
    public func cronJob(_ reference: String) async throws -> CronJob {
        let jobs = try await cronJobs()
        let lowered = reference.lowercased()
        let matches = jobs.filter { job in
            job.record.id.description == lowered || (lowered.count >= 4 && job.record.id.description.hasPrefix(lowered))
                || agents[job.record.agentID].map { "\($0.record.name)/\(job.record.name)" } == reference
        }
        guard matches.count == 1, let job = matches.first else {
            throw KernelError.unknownCronJob(
                matches.isEmpty ? "no cron job \"\(reference)\" (`openfang cron list` shows them)" : "\"\(reference)\" matches \(matches.count) jobs; give more of the id")
        }
        return job
    }

    /// Deletes a job.
    public func deleteCronJob(_ reference: String) async throws {
        let job = try await cronJob(reference)
        _ = try await store.deleteCronJob(job.record.id)
        try await store.appendAudit(AuditEntry(actor: "user", action: "cron.delete", subject: "cron:\(job.record.id)", detail: .object(["name": .string(job.record.name)])))
    }

    /// Enables or disables a job; enabling resets its error count and starts its schedule from `now`.
    public func setCronJobEnabled(_ reference: String, _ enabled: Bool, now: Date = Date()) async throws -> CronJob {
        var job = try await cronJob(reference)
        job.record.enabled = enabled
        if enabled {
            job.record.consecutiveErrors = 0
            job.record.consideredAt = now
        }
        try await store.saveCronJob(job.record)
        try await store.appendAudit(AuditEntry(
            actor: "user", action: enabled ? "cron.enable" : "cron.disable", subject: "cron:\(job.record.id)", detail: .object(["name": .string(job.record.name)])))
        return job
    }

    /// The fires due at `now` (the scheduler's tick; tests pass a manual time). Each due job's
    /// schedule is marked dealt with up to `now` before anything runs, so a crash never re-fires it.
    public func dueCronFires(at now: Date) async throws -> [CronFire] {
        let planner = CronPlanner()
        var fires: [CronFire] = []
        for record in try await store.cronJobs() where record.enabled {
            guard var job = try? Self.parse(record), let first = job.schedule.next(after: record.consideredAt), first <= now else { continue }
            let planned = planner.fires(of: job, at: now)
            job.record.consideredAt = now
            if case .at = job.schedule { job.record.enabled = false }
            try await store.saveCronJob(job.record)
            let dropped = planned.isEmpty ? "all missed fires dropped (missed = \(job.missed.storageForm))" : nil
            guard !runningJobs.contains(record.id), agents[record.agentID] != nil else {
                events.publish(KernelEvent(kind: .cron, agent: record.agentID, payload: .object([
                    "job": .string(record.name), "skipped": .string(agents[record.agentID] == nil ? "the agent no longer exists" : "its previous run is still going"),
                ])))
                continue
            }
            if let dropped {
                events.publish(KernelEvent(kind: .cron, agent: record.agentID, payload: .object(["job": .string(record.name), "skipped": .string(dropped)])))
            }
            fires += planned.map {
                CronFire(job: record.id, name: record.name, agent: record.agentID, prompt: record.prompt, scheduledFor: $0.at, missed: $0.missed)
            }
        }
        return fires
    }

    /// Runs one fire: the prompt goes to the agent; the job's counters record the outcome, and
    /// five failures in a row disable it.
    @discardableResult
    public func execute(_ fire: CronFire) async -> Result<TurnResult, KernelError> {
        runningJobs.insert(fire.job)
        defer { runningJobs.remove(fire.job) }
        let note = fire.missed ? " (this run was due at \(fire.scheduledFor.formatted(.iso8601)) while the daemon was down)" : ""
        let outcome: Result<TurnResult, KernelError>
        do {
            let result = try await send("[Scheduled job \"\(fire.name)\"\(note)]\n\(fire.prompt)", to: fire.agent.description, sender: "cron:\(fire.name)")
            outcome = .success(result)
        } catch {
            outcome = .failure(error as? KernelError ?? .turnFailed(agent: agents[fire.agent]?.record.name ?? fire.agent.description, reason: "\(error)"))
        }
        await recordOutcome(of: fire, outcome)
        return outcome
    }

    private func recordOutcome(of fire: CronFire, _ outcome: Result<TurnResult, KernelError>) async {
        guard var record = try? await store.cronJobs().first(where: { $0.id == fire.job }) else { return }
        record.lastRunAt = Date()
        record.runCount += 1
        var payload: [String: JSONValue] = ["job": .string(fire.name), "missed": .bool(fire.missed)]
        switch outcome {
        case .success(let turn):
            record.consecutiveErrors = 0
            record.lastError = nil
            payload["run"] = .string(turn.runID.description)
        case .failure(let error):
            record.consecutiveErrors += 1
            record.lastError = error.description
            payload["error"] = .string(error.description)
            if record.consecutiveErrors >= Self.maxConsecutiveCronErrors {
                record.enabled = false
                payload["disabled"] = .string("\(Self.maxConsecutiveCronErrors) failures in a row")
            }
        }
        try? await store.saveCronJob(record)
        events.publish(KernelEvent(kind: .cron, agent: fire.agent, payload: .object(payload)))
    }

    static func parse(_ record: CronJobRecord) throws(KernelError) -> CronJob {
        do {
            return try CronJob(record)
        } catch {
            throw .schedule(error.description)
        }
    }

    static func policy(_ text: String) throws(KernelError) -> MissedRunPolicy {
        do {
            return try MissedRunPolicy(parsing: text)
        } catch {
            throw .schedule(error.description)
        }
    }
}
