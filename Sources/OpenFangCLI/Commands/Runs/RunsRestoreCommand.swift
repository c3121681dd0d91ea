import ArgumentParser
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// `openfang runs restore-compaction RUN`: puts a session back as it was before that run compacted it.
struct RunsRestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore-compaction", abstract: "Undo the session compaction a run made (the journal keeps the session as it was).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Run id.") var run: String

    func run() async throws {
        guard let id = RunID(run) else {
            Terminal.err("error: \"\(run)\" is not a run id (see `openfang runs list`)")
            throw ExitCode.failure
        }
        let restored = try await StoreAccess.withStore(options: global) { try await SessionCompactor.restore(compactionIn: id, store: $0) }
        guard restored else {
            Terminal.err("error: run \(run) did not compact a session")
            throw ExitCode.failure
        }
        Terminal.out("session restored to its state before run \(run)")
    }
}
