import ArgumentParser

/// Options every command that reads the config accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Config file (default: $OPENFANG_HOME/config.toml, else ~/.openfang/config.toml).")
    var config: String?
}
