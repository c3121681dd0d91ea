import Foundation
import OpenFangMemory
import OpenFangTypes

/// Appends journal steps and KV writes to the store at `argv[1]` forever, printing `ack N` after
/// each one is committed. The durability test kills it with SIGKILL at random moments.
@main
enum MemoryProbe {
    static func main() async throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 3, let start = Int(arguments[2]) else {
            FileHandle.standardError.write(Data("usage: openfang-memory-probe DB START\n".utf8))
            exit(2)
        }
        let store = try await SQLiteMemoryStore.open(path: arguments[1])
        let agent = AgentID(rawValue: UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!)
        let run = try await store.beginRun(agent: agent, session: nil)
        print("run \(run.id)")
        fflush(nil)
        var index = start
        while true {
            try await store.appendStep(to: run.id, kind: .note, payload: .integer(Int64(index)))
            try await store.setValue(.integer(Int64(index)), forKey: "k\(index)", in: .agent(agent))
            print("ack \(index)")
            fflush(nil)
            index += 1
        }
    }
}
