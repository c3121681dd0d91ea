import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangMemory

/// Kills a writing child process with SIGKILL at random moments and checks that every write it
/// acknowledged is in the database and the file is sound.
@Suite struct DurabilityTests {
    static let kills = 24

    var probePath: String { OpenFangProcess.productPath("openfang-memory-probe") }

    @Test(.timeLimit(.minutes(3))) func acknowledgedWritesSurviveKillNine() async throws {
        let directory = try TemporaryDirectory("durability")
        defer { directory.remove() }
        let database = directory.file("openfang.db")
        var generator = SystemRandomNumberGenerator()
        var acknowledged: [Int] = []
        var next = 0
        for round in 0..<Self.kills {
            let log = directory.file("probe-\(round).log")
            try directory.write("", to: "probe-\(round).log")
            let output = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: probePath)
            process.arguments = [database, String(next)]
            process.standardOutput = output
            try process.run()
            try await Task.sleep(for: .milliseconds(Int.random(in: 60...260, using: &generator)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try output.close()
            #expect(process.terminationReason == .uncaughtSignal)
            let acks = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
                .compactMap { $0.hasPrefix("ack ") ? Int($0.dropFirst(4)) : nil }
            acknowledged += acks
            next = (acks.last ?? next - 1) + 2
        }
        #expect(acknowledged.count > Self.kills, "the probe made progress between kills")

        let store = try await SQLiteMemoryStore.open(path: database)
        #expect(try await store.integrityCheck() == ["ok"])
        let agent = AgentID(rawValue: UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!)
        let stored = Set(try await store.entries(in: .agent(agent)).compactMap { entry -> Int? in
            if case .integer(let value) = entry.value { return Int(value) }
            return nil
        })
        let missing = acknowledged.filter { !stored.contains($0) }
        #expect(missing.isEmpty, "acknowledged but lost: \(missing.prefix(10))")
        let runs = try await store.runs(of: agent, limit: 100)
        #expect(runs.count == Self.kills && runs.allSatisfy { $0.status == .interrupted })
        var steps = 0
        for run in runs { steps += try await store.run(run.id)?.steps.count ?? 0 }
        #expect(steps >= acknowledged.count, "every acknowledged step is in the journal")
        await store.close()
    }
}
