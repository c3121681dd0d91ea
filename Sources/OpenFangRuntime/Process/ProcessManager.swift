import FoundationEssentials
import OpenFangTypes

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The long-running processes of every agent (`process_*` tools): at most five live per agent,
/// each in its own process group, visible only to the agent that started it. `shutdown` kills
/// them all.
public actor ProcessManager {
    /// Why an operation was refused.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        /// What to tell the model.
        public var description: String
    }

    /// Live processes per agent at most.
    public let limitPerAgent: Int
    private var processes: [String: ManagedProcess] = [:]
    private var counter = 0

    /// Creates an empty manager.
    public init(limitPerAgent: Int = 5) {
        self.limitPerAgent = limitPerAgent
    }

    /// Starts `argv` for `owner`; returns the process id.
    func start(_ argv: [String], commandLine: String, owner: AgentID, environment: [String: String], directory: String) throws -> String {
        refreshExits()
        let live = processes.values.filter { $0.owner == owner && $0.exit == nil }.count
        guard live < limitPerAgent else {
            throw Refusal(description: "you already run \(live) processes (limit \(limitPerAgent)); kill one with process_kill first")
        }
        let child: ChildProcess
        do {
            child = try ChildProcess.spawn(argv, environment: environment, directory: directory)
        } catch {
            throw Refusal(description: error.description)
        }
        counter += 1
        let id = "proc_\(counter)"
        processes[id] = ManagedProcess(id: id, owner: owner, commandLine: commandLine, child: child, started: .now)
        return id
    }

    /// New output since the last poll, and whether it still runs.
    func poll(_ id: String, owner: AgentID) throws -> (stdout: String, stderr: String, exit: ChildProcess.Exit?) {
        let process = try owned(id, by: owner)
        let out = process.child.readAvailable(process.child.stdout) ?? []
        let err = process.child.readAvailable(process.child.stderr) ?? []
        if process.exit == nil { processes[id]?.exit = process.child.pollExit() }
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), processes[id]?.exit)
    }

    /// Writes a line to its stdin.
    func write(_ data: String, to id: String, owner: AgentID) throws {
        let process = try owned(id, by: owner)
        guard process.exit == nil, process.child.writeInput(Array((data + "\n").utf8)) else {
            throw Refusal(description: "\(id) is no longer accepting input (it has exited)")
        }
    }

    /// Kills its process group and forgets it.
    func kill(_ id: String, owner: AgentID) throws {
        let process = try owned(id, by: owner)
        terminate(process)
        processes[id] = nil
    }

    /// The agent's processes.
    func list(owner: AgentID) -> [ManagedProcess] {
        refreshExits()
        return processes.values.filter { $0.owner == owner }.sorted { $0.started < $1.started }
    }

    /// Kills every process of every agent.
    public func shutdown() {
        processes.values.forEach(terminate)
        processes.removeAll()
    }

    private func owned(_ id: String, by owner: AgentID) throws -> ManagedProcess {
        guard let process = processes[id], process.owner == owner else { throw Refusal(description: "no process \(id) of yours; call process_list") }
        return process
    }

    private func refreshExits() {
        for (id, process) in processes where process.exit == nil {
            processes[id]?.exit = process.child.pollExit()
        }
    }

    private func terminate(_ process: ManagedProcess) {
        process.child.killGroup()
        if process.exit == nil {
            for _ in 0..<100 where process.child.pollExit() == nil { usleep(2_000) }
        }
        process.child.closePipes()
    }
}
