import ArgumentParser
import OpenFangKernel
import OpenFangMemory
import OpenFangTypes

/// `openfang trigger delete ID`.
struct TriggerDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a trigger (by id or id prefix).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The trigger's id or an id prefix (4+ characters).") var id: String

    func run() async throws {
        try await InProcessKernel.with(options: global, alongsideDaemon: true) { kernel in
            let lowered = id.lowercased()
            let matches = try await kernel.triggers().filter { $0.id.description == lowered || (lowered.count >= 4 && $0.id.description.hasPrefix(lowered)) }
            guard matches.count == 1, let trigger = matches.first else {
                throw KernelError.schedule(matches.isEmpty ? "no trigger \"\(id)\" (`openfang trigger list` shows them)" : "\"\(id)\" matches \(matches.count) triggers; give more of the id")
            }
            try await kernel.deleteTrigger(trigger.id)
            Terminal.out("deleted trigger \(trigger.id)")
        }
    }
}
