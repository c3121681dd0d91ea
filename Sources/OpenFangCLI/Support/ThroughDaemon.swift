import ArgumentParser

/// Runs a command through the running daemon's API when there is one.
enum ThroughDaemon {
    /// Calls `body` with the daemon's client and returns true; false when no daemon runs (the
    /// caller then works in process). The daemon's errors are printed and exit with status 1.
    static func ifRunning(_ options: GlobalOptions, _ body: (DaemonClient) async throws -> Void) async throws -> Bool {
        guard let client = try DaemonClient.running(options: options) else { return false }
        do {
            try await body(client)
        } catch let failure as DaemonClient.Failure {
            Terminal.err("error: \(failure.message)")
            throw ExitCode.failure
        }
        return true
    }
}
