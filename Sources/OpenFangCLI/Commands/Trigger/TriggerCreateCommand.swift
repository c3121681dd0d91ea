import ArgumentParser
import OpenFangKernel
import OpenFangMemory
import OpenFangTypes

/// `openfang trigger create AGENT PATTERN [--prompt TEXT] [--max-fires N] [--cooldown SECS]`.
struct TriggerCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: #"Create a trigger. PATTERN is JSON: "all", "lifecycle", "system", "agent_terminated", {"agent_spawned":{"name_pattern":"res*"}}, {"content_match":{"substring":"error"}}, {"system_keyword":{"keyword":"…"}}, {"custom":{"event_type":"deploy*"}}."#)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The agent that gets the prompt.") var agent: String
    @Argument(help: "The event pattern (JSON).") var pattern: String
    @Option(name: .long, help: "The prompt; {{event}} becomes the event.") var prompt = "Event: {{event}}"
    @Option(name: .customLong("max-fires"), help: "Fire at most this many times (0: no limit).") var maxFires = 0
    @Option(name: .long, help: "Seconds between two fires.") var cooldown = 0

    func run() async throws {
        try await InProcessKernel.with(options: global, alongsideDaemon: true) { kernel in
            let trigger = try await kernel.createTrigger(agent: agent, pattern: pattern, prompt: prompt, maxFires: maxFires, cooldownSecs: cooldown)
            Terminal.out("created trigger \(trigger.id) for \(agent)")
        }
    }
}
