import ArgumentParser
import FoundationEssentials
import OpenFangAPI
import OpenFangKernel
import OpenFangTypes

/// `openfang message` through the daemon: registers the agent there on first use (from
/// `agents/NAME/agent.toml` or the bundled template, as in process), then sends.
struct DaemonMessage {
    let client: DaemonClient
    let options: GlobalOptions

    func send(_ text: String, to agent: String) async throws -> AgentMessageReply {
        do {
            return try await post(text, to: agent)
        } catch let failure as DaemonClient.Failure where failure.status == 404 {
            guard let (source, origin) = localManifest(agent) else { throw fail(failure) }
            do {
                let spawned = try await client.post("/api/agents", ["manifest_toml": .string(source)], timeoutSeconds: 30)
                Terminal.err("registered agent \(agent) (\(spawned["agent_id"]?.stringValue ?? "?")) from \(origin) in the daemon")
                return try await post(text, to: agent)
            } catch let failure as DaemonClient.Failure {
                throw fail(failure)
            }
        } catch let failure as DaemonClient.Failure {
            throw fail(failure)
        }
    }

    /// The id of `agent` in the daemon, registering it there on first use.
    func register(_ agent: String) async throws -> String {
        do {
            if let id = try await client.get("/api/agents/\(agent)")["id"]?.stringValue { return id }
        } catch let failure as DaemonClient.Failure where failure.status == 404 {
            guard let (source, origin) = localManifest(agent) else { throw fail(failure) }
            do {
                let spawned = try await client.post("/api/agents", ["manifest_toml": .string(source)], timeoutSeconds: 30)
                Terminal.err("registered agent \(agent) (\(spawned["agent_id"]?.stringValue ?? "?")) from \(origin) in the daemon")
                return spawned["agent_id"]?.stringValue ?? agent
            } catch let failure as DaemonClient.Failure {
                throw fail(failure)
            }
        } catch let failure as DaemonClient.Failure {
            throw fail(failure)
        }
        return agent
    }

    private func post(_ text: String, to agent: String) async throws -> AgentMessageReply {
        let path = "/api/agents/\(PercentEncoding.encode(agent))/message"
        let body = try await client.post(path, ["message": .string(text), "sender_name": .string("cli")])
        do {
            return try JSONDecoder().decode(AgentMessageReply.self, from: JSONEncoder().encode(body))
        } catch {
            throw DaemonClient.Failure(status: 200, message: "the daemon's answer is not a message reply: \(error)")
        }
    }

    private func localManifest(_ name: String) -> (String, String)? {
        let file = CLIEnvironment.load().home.agentsDirectory + "/\(name)/agent.toml"
        if let text = try? String(contentsOfFile: file, encoding: .utf8) { return (text, file) }
        return BundledAgentTemplates.template(named: name).map { ($0.source, "bundled template \(name)") }
    }

    private func fail(_ failure: DaemonClient.Failure) -> ExitCode {
        Terminal.err("error: \(failure.message)")
        return ExitCode.failure
    }
}
