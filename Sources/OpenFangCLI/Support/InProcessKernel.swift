import ArgumentParser
import FoundationEssentials
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// Boots a kernel inside the CLI process (no daemon yet) for commands that talk to agents, and
/// shuts it down afterwards whatever happens.
enum InProcessKernel {
    /// Runs `body` with a booted kernel. `alongsideDaemon` allows it while a daemon runs, for
    /// commands that only change what the daemon re-reads from the database (cron jobs, triggers).
    static func with<T>(options: GlobalOptions, alongsideDaemon: Bool = false, _ body: (Kernel) async throws -> T) async throws -> T {
        let environment = CLIEnvironment.load()
        let loaded = try ConfigReport.load(environment, options: options, quietWarnings: true)
        if !alongsideDaemon, let daemon = DaemonRecord.read(in: environment.home), daemon.isAlive {
            Terminal.err(
                "error: a daemon is running (pid \(daemon.pid), http://\(daemon.listen)) and owns the agents; this command runs them in its own process, so stop it first (`openfang stop`). `message`, `agent list` and `approvals` go through the daemon.")
            throw ExitCode.failure
        }
        let kernel: Kernel
        do {
            kernel = try await Kernel.boot(config: loaded.config, home: environment.home, environment: environment.variables)
        } catch {
            Terminal.err("error: \(error)")
            throw ExitCode.failure
        }
        do {
            let result = try await body(kernel)
            await kernel.shutdown()
            return result
        } catch {
            await kernel.shutdown()
            if error is ExitCode { throw error }
            Terminal.err("error: \(error)")
            throw ExitCode.failure
        }
    }

    /// The agent `name` refers to; registered on first use from `agents/<name>/agent.toml` in the
    /// home, or from the bundled template of that name.
    static func agent(_ name: String, in kernel: Kernel) async throws -> String {
        if let known = await kernel.summary(of: name) { return known.id.description }
        let file = kernel.home.agentsDirectory + "/\(name)/agent.toml"
        let source: String
        let origin: String
        if let text = try? String(contentsOfFile: file, encoding: .utf8) {
            (source, origin) = (text, file)
        } else if let template = BundledAgentTemplates.template(named: name) {
            (source, origin) = (template.source, "bundled template \(name)")
        } else {
            let known = await kernel.summaries().map(\.name)
            throw KernelError.unknownAgent(name, known: known)
        }
        let spawned = try await kernel.spawn(source: source, file: origin)
        Terminal.err("registered agent \(spawned.name) (\(spawned.id)) from \(origin)")
        return spawned.id.description
    }
}
