import Foundation
import OpenFangKernel
import OpenFangRuntime
import OpenFangMemory
import OpenFangTesting
import OpenFangTypes
import Testing

/// Cron jobs stored in the database and fired by the kernel's tick, driven here by a manual
/// clock (no sleeps): on-time fires, missed-run policies after a downtime, one-shots, failures.
@Suite(.timeLimit(.minutes(1))) struct CronJobTests {
    static let manifest = """
        name = "ticker"
        [model]
        provider = "openai"
        model = "gpt-4o"
        """

    static func date(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

    @Test func aJobFiresOnTimeOnceAndRecordsItsRun() async throws {
        try await KernelHarness.run { server, kernel, _ in
            _ = try await kernel.spawn(source: Self.manifest, file: "ticker.toml")
            let created = Self.date("2026-11-27T10:00:00Z")
            let job = try await kernel.createCronJob(agent: "ticker", name: "report", schedule: "every 1h", prompt: "Write the hourly report.", now: created)
            #expect(try await kernel.dueCronFires(at: Self.date("2026-11-27T10:30:00Z")).isEmpty)
            let fires = try await kernel.dueCronFires(at: Self.date("2026-11-27T11:00:05Z"))
            #expect(fires.map(\.scheduledFor) == [Self.date("2026-11-27T11:00:00Z")] && fires.allSatisfy { !$0.missed })
            #expect(try await kernel.dueCronFires(at: Self.date("2026-11-27T11:00:10Z")).isEmpty, "a fire is dealt with once")

            server.enqueue(OpenAIWire.text("Report written."))
            let outcome = await kernel.execute(try #require(fires.first))
            #expect((try? outcome.get())?.response == "Report written.")
            let body = try #require(server.requests.first?.body)
            #expect(body.contains(#"[Scheduled job \"report\"]"#) && body.contains("Write the hourly report."))
            let stored = try await kernel.cronJob(job.record.id.description).record
            #expect(stored.runCount == 1 && stored.lastError == nil && stored.lastRunAt != nil)
            #expect(stored.consideredAt == Self.date("2026-11-27T11:00:05Z"))
        }
    }

    @Test func missedRunPoliciesAfterADowntimeNeverStorm() async throws {
        try await KernelHarness.run { _, kernel, _ in
            _ = try await kernel.spawn(source: Self.manifest, file: "ticker.toml")
            let created = Self.date("2026-11-27T10:00:30Z")
            for (name, missed) in [("skipper", "skip"), ("oncer", "once"), ("catcher", "catch_up:2")] {
                _ = try await kernel.createCronJob(agent: "ticker", name: name, schedule: "0 * * * *", prompt: "tick", missed: missed, now: created)
            }
            // The daemon was down from 10:00:30 to 15:20: the fires at 11:00 … 15:00 were missed.
            let afterDowntime = try await kernel.dueCronFires(at: Self.date("2026-11-27T15:20:00Z"))
            let byName = Dictionary(grouping: afterDowntime, by: \.name)
            #expect(byName["skipper"] == nil)
            #expect(byName["oncer"]?.map(\.scheduledFor) == [Self.date("2026-11-27T15:00:00Z")])
            #expect(byName["catcher"]?.map(\.scheduledFor) == ["14:00", "15:00"].map { Self.date("2026-11-27T\($0):00Z") })
            #expect(afterDowntime.allSatisfy { $0.missed })
            #expect(try await kernel.dueCronFires(at: Self.date("2026-11-27T15:20:01Z")).isEmpty)

            let nextHour = try await kernel.dueCronFires(at: Self.date("2026-11-27T16:00:10Z"))
            #expect(nextHour.map(\.name).sorted() == ["catcher", "oncer", "skipper"] && nextHour.allSatisfy { !$0.missed })
            #expect(Set(nextHour.map(\.scheduledFor)) == [Self.date("2026-11-27T16:00:00Z")])
        }
    }

    @Test func oneShotsFireOnceAndPastOnesAreRefused() async throws {
        try await KernelHarness.run { _, kernel, _ in
            _ = try await kernel.spawn(source: Self.manifest, file: "ticker.toml")
            let now = Self.date("2026-11-27T10:00:00Z")
            let past = await #expect(throws: KernelError.self) {
                try await kernel.createCronJob(agent: "ticker", name: "late", schedule: "at 2026-11-27T09:00:00Z", prompt: "x", now: now)
            }
            #expect(past?.description == "job late: at 2026-11-27T09:00:00Z is in the past")
            _ = try await kernel.createCronJob(agent: "ticker", name: "once", schedule: "at 2026-11-27T12:00:00Z", prompt: "x", now: now)
            #expect(try await kernel.dueCronFires(at: Self.date("2026-11-27T12:00:01Z")).count == 1)
            #expect(try await kernel.cronJob("ticker/once").record.enabled == false, "a one-shot is done after it fires")
            #expect(try await kernel.dueCronFires(at: Self.date("2026-11-28T12:00:01Z")).isEmpty)
        }
    }

    @Test func fiveFailuresInARowDisableAJob() async throws {
        try await KernelHarness.run { server, kernel, _ in
            _ = try await kernel.spawn(source: Self.manifest, file: "ticker.toml")
            _ = try await kernel.createCronJob(agent: "ticker", name: "flaky", schedule: "every 1m", prompt: "x", now: Self.date("2026-11-27T10:00:00Z"))
            var now = Self.date("2026-11-27T10:00:00Z")
            for round in 1...5 {
                now = now.addingTimeInterval(61)
                let fires = try await kernel.dueCronFires(at: now)
                #expect(fires.count == 1, "round \(round)")
                server.enqueue(.error(400, #"{"error":{"message":"bad request","type":"invalid_request_error"}}"#))
                for fire in fires { _ = await kernel.execute(fire) }
            }
            let job = try await kernel.cronJob("ticker/flaky").record
            #expect(!job.enabled && job.consecutiveErrors == 5 && job.runCount == 5)
            #expect(job.lastError?.hasPrefix("agent ticker's turn failed") == true, "\(job.lastError ?? "")")
            #expect(try await kernel.dueCronFires(at: now.addingTimeInterval(3_600)).isEmpty)
            _ = try await kernel.setCronJobEnabled("ticker/flaky", true, now: now)
            #expect(try await kernel.cronJob("ticker/flaky").record.consecutiveErrors == 0)
        }
    }

    @Test func badJobsAreExplained() async throws {
        try await KernelHarness.run { _, kernel, _ in
            _ = try await kernel.spawn(source: Self.manifest, file: "ticker.toml")
            let cases: [(schedule: String, missed: String, name: String, message: String)] = [
                ("every 0m", "skip", "a", #"schedule "every 0m": expected a positive number and a unit (s, m, h, d), e.g. every 5m"#),
                ("every 5m", "sometimes", "b", #"missed policy "sometimes": expected skip, once or catch_up:N"#),
                ("every 5m", "skip", "bad/name", #"job name "bad/name": 1-128 letters, digits, spaces, - or _"#),
            ]
            for item in cases {
                let error = await #expect(throws: KernelError.self) {
                    try await kernel.createCronJob(agent: "ticker", name: item.name, schedule: item.schedule, prompt: "x", missed: item.missed)
                }
                #expect(error?.description.hasSuffix(item.message) == true, "\(error?.description ?? "")")
            }
            _ = try await kernel.createCronJob(agent: "ticker", name: "dup", schedule: "hourly", prompt: "x")
            let duplicate = await #expect(throws: KernelError.self) { try await kernel.createCronJob(agent: "ticker", name: "dup", schedule: "hourly", prompt: "x") }
            #expect(duplicate?.description == #"agent ticker already has a job named "dup""#)
            let missing = await #expect(throws: KernelError.self) { try await kernel.cronJob("nope") }
            #expect(missing?.description == #"no cron job "nope" (`openfang cron list` shows them)"#)
        }
    }

    @Test func periodicContinuousAndProactiveManifestsAreScheduled() async throws {
        try await KernelHarness.run { _, kernel, _ in
            let periodic = Self.manifest.replacingOccurrences(of: "ticker", with: "poller") + "\n[schedule]\nperiodic = { cron = \"every 5m\" }\n"
            let continuous = Self.manifest.replacingOccurrences(of: "ticker", with: "looper") + "\n[schedule]\ncontinuous = { check_interval_secs = 120 }\n"
            let proactive = Self.manifest.replacingOccurrences(of: "ticker", with: "watcher")
                + "\n[schedule]\nproactive = { conditions = [\"event:agent_spawned\", \"event:deploy_done\"] }\n"
            for (index, source) in [periodic, continuous, proactive].enumerated() { _ = try await kernel.spawn(source: source, file: "\(index).toml") }
            let jobs = try await kernel.cronJobs().map { "\($0.record.name) \($0.record.schedule) \($0.record.origin)" }
            #expect(jobs == ["periodic every 5m manifest", "continuous every 120s manifest"])
            let triggers = try await kernel.triggers().map(\.pattern)
            #expect(triggers == [#"{"agent_spawned":{"name_pattern":"*"}}"#, #"{"custom":{"event_type":"deploy_done"}}"#])
        }
    }

    @Test func theSchedulerServiceFiresDueJobsOnItsOwn() async throws {
        try await KernelHarness.run { server, kernel, _ in
            _ = try await kernel.spawn(source: Self.manifest, file: "ticker.toml")
            _ = try await kernel.createCronJob(agent: "ticker", name: "fast", schedule: "every 1s", prompt: "Ping from the scheduler.")
            server.enqueue(OpenAIWire.text("pong"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await SchedulerService(kernel: kernel, tick: .milliseconds(100)).run() }
                while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(20)) }
                group.cancelAll()
            }
            #expect(server.requests.first?.body.contains("Ping from the scheduler.") == true)
        }
    }
}
