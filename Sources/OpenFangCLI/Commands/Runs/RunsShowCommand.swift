import ArgumentParser
import FoundationEssentials
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// `openfang runs show RUN [--json]`: every step and the token attribution.
struct RunsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "One run: its steps in order and where its input tokens went.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Run id.") var run: String
    @Flag(name: .long, help: "Print JSON.") var json = false

    static let attributionOrder = ["system_prompt", "tool_schemas", "history", "recalled_memory", "tool_results"]

    func run() async throws {
        guard let id = RunID(run) else {
            Terminal.err("error: \"\(run)\" is not a run id (see `openfang runs list`)")
            throw ExitCode.failure
        }
        guard let found = try await StoreAccess.withStore(options: global, { try await $0.run(id) }) else {
            Terminal.err("error: no run \(run)")
            throw ExitCode.failure
        }
        if json {
            try JSONOutput.print(RunDetail(run: found.record, steps: found.steps))
            return
        }
        let record = found.record
        Terminal.out("run \(record.id) — agent \(record.agentID), \(record.status.rawValue)" + (record.error.map { ": \($0)" } ?? ""))
        for step in found.steps {
            Terminal.out("  \(step.seq). \(step.kind.rawValue) \(String(step.payload.compactJSON.prefix(160)))")
        }
        guard case .object(let attribution)? = record.attribution else { return }
        Terminal.out("input tokens by part (estimated):")
        let total = Self.attributionOrder.reduce(0) { $0 + (attribution[$1].flatMap(Self.integer) ?? 0) }
        for key in Self.attributionOrder {
            let value = attribution[key].flatMap(Self.integer) ?? 0
            let share = total > 0 ? Double(value) * 100 / Double(total) : 0
            let count = String(value)
            let percent = DecimalText.fixed(share, digits: 1)
            Terminal.out(
                "  " + TextTable.padded(key, to: 16) + " " + String(repeating: " ", count: max(8 - count.count, 0)) + count + "  "
                    + String(repeating: " ", count: max(5 - percent.count, 0)) + percent + " %")
        }
        let input = attribution["provider_input_tokens"].flatMap(Self.integer) ?? 0
        let output = attribution["provider_output_tokens"].flatMap(Self.integer) ?? 0
        let calls = attribution["llm_calls"].flatMap(Self.integer) ?? 0
        Terminal.out("provider counted \(input) input and \(output) output tokens over \(calls) model call(s)")
    }

    static func integer(_ value: JSONValue) -> Int? {
        if case .integer(let number) = value { return Int(number) }
        return nil
    }
}

/// A run with its steps, for `--json`.
struct RunDetail: Encodable {
    var run: RunRecord
    var steps: [RunStep]
}
