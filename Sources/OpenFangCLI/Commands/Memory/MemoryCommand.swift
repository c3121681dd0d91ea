import ArgumentParser
import OpenFangMemory
import OpenFangTypes

/// `openfang memory list|get|set|delete`: an agent's key-value memory, on the database directly.
struct MemoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory", abstract: "Read and change an agent's key-value memory (AGENT is an agent id or `shared`).",
        subcommands: [MemoryListCommand.self, MemoryGetCommand.self, MemorySetCommand.self, MemoryDeleteCommand.self])
}

/// `openfang memory list AGENT`.
struct MemoryListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the keys and values of AGENT.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Agent id or `shared`.") var agent: String
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws {
        let namespace = try StoreAccess.namespace(agent)
        let entries = try await StoreAccess.withStore(options: global) { try await $0.entries(in: namespace) }
        if json {
            try JSONOutput.print(entries)
        } else {
            for entry in entries { Terminal.out("\(entry.key) = \(try JSONOutput.compact(entry.value))") }
        }
    }
}

/// `openfang memory get AGENT KEY`.
struct MemoryGetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "get", abstract: "Print one value as JSON.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Agent id or `shared`.") var agent: String
    @Argument(help: "The key.") var key: String

    func run() async throws {
        let namespace = try StoreAccess.namespace(agent)
        guard let value = try await StoreAccess.withStore(options: global, { try await $0.value(forKey: key, in: namespace) }) else {
            Terminal.err("error: no key \"\(key)\" in \(namespace)")
            throw ExitCode.failure
        }
        Terminal.out(try JSONOutput.compact(value))
    }
}

/// `openfang memory set AGENT KEY VALUE`.
struct MemorySetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Store VALUE (JSON if it parses as JSON, else a string).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Agent id or `shared`.") var agent: String
    @Argument(help: "The key.") var key: String
    @Argument(help: "The value.") var value: String

    func run() async throws {
        let namespace = try StoreAccess.namespace(agent)
        let parsed = JSONOutput.parse(value) ?? .string(value)
        try await StoreAccess.withStore(options: global) { try await $0.setValue(parsed, forKey: key, in: namespace) }
        Terminal.out("set \(key) in \(namespace)")
    }
}

/// `openfang memory delete AGENT KEY`.
struct MemoryDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Remove one key.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Agent id or `shared`.") var agent: String
    @Argument(help: "The key.") var key: String

    func run() async throws {
        let namespace = try StoreAccess.namespace(agent)
        guard try await StoreAccess.withStore(options: global, { try await $0.removeValue(forKey: key, in: namespace) }) else {
            Terminal.err("error: no key \"\(key)\" in \(namespace)")
            throw ExitCode.failure
        }
        Terminal.out("deleted \(key) from \(namespace)")
    }
}
