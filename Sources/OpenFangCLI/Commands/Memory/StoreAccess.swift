import ArgumentParser
import OpenFangKernel
import OpenFangMemory
import OpenFangTypes

/// Opens the database for commands that work on it directly (no daemon involved).
enum StoreAccess {
    /// Runs `body` with the store of the configured home, closing it afterwards.
    static func withStore<T>(options: GlobalOptions, _ body: (SQLiteMemoryStore) async throws -> T) async throws -> T {
        let environment = CLIEnvironment.load()
        let loaded = try ConfigReport.load(environment, options: options, quietWarnings: true)
        let path = loaded.config.databasePath(home: environment.home)
        let store: SQLiteMemoryStore
        do {
            store = try await SQLiteMemoryStore.open(path: path)
        } catch {
            Terminal.err("error: \(error)")
            throw ExitCode.failure
        }
        do {
            let result = try await body(store)
            await store.close()
            return result
        } catch {
            await store.close()
            if error is ExitCode { throw error }
            Terminal.err("error: \(error)")
            throw ExitCode.failure
        }
    }

    /// The agent id given on the command line (nil when omitted); a malformed one is an error.
    static func agentID(_ text: String?) throws -> AgentID? {
        guard let text else { return nil }
        guard let id = AgentID(text) else {
            Terminal.err("error: \"\(text)\" is not an agent id")
            throw ExitCode.failure
        }
        return id
    }

    /// `shared`, or an agent id.
    static func namespace(_ text: String) throws -> MemoryNamespace {
        if text == "shared" { return .shared }
        if let id = AgentID(text) { return .agent(id) }
        Terminal.err("error: \"\(text)\" is not an agent id; pass the agent's UUID (see the agent's id) or `shared`")
        throw ExitCode.failure
    }
}
