import ArgumentParser
import FoundationEssentials
import Logging
import OpenFangAPI
import OpenFangKernel
import OpenFangTypes
import ServiceLifecycle
import UnixSignals

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `openfang start [--detach]`: runs the daemon (kernel plus HTTP server) until SIGTERM/SIGINT.
struct StartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start", abstract: "Run the daemon: the kernel and its HTTP API (REST, SSE, WebSocket, OpenAI-compatible /v1).")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Run in the background, logging to $OPENFANG_HOME/logs/daemon.log.") var detach = false

    func run() async throws {
        var environment = CLIEnvironment.load()
        let home = environment.home
        if !TextFileProbe.exists(home.configFile), global.config == nil {
            try QuickHome.initialise(environment: environment)
            Terminal.out("No OpenFang home at \(home.root) yet: created one as `openfang init --quick` would.")
            environment = CLIEnvironment.load()
        }
        let loaded = try ConfigReport.load(environment, options: global)
        guard let listen = ListenAddress(loaded.config.apiListen) else {
            Terminal.err("error: api_listen = \"\(loaded.config.apiListen)\" is not host:port")
            throw ExitCode.failure
        }
        guard listen.isLoopback || !loaded.config.apiKey.isEmpty else {
            Terminal.err("error: refusing to listen on \(listen) without an api_key: set api_key in config.toml (or OPENFANG_API_KEY), or listen on 127.0.0.1")
            throw ExitCode.failure
        }
        if let existing = DaemonRecord.read(in: home) {
            if existing.isAlive {
                Terminal.err("error: a daemon is already running (pid \(existing.pid), listening on \(existing.listen)); `openfang stop` stops it")
                throw ExitCode.failure
            }
            DaemonRecord.remove(in: home)
            Terminal.err("removed a stale daemon.json (pid \(existing.pid) is not running)")
        }
        if detach {
            try await Detach.start(home: home, arguments: global.config.map { ["--config", $0] } ?? [])
            return
        }
        try await serve(loaded.config, listen: listen, home: home, environment: environment)
    }

    private func serve(_ config: KernelConfig, listen: ListenAddress, home: OpenFangHome, environment: CLIEnvironment) async throws {
        var logger = Logger(label: "openfang.daemon")
        logger.logLevel = .warning
        let kernel: Kernel
        do {
            kernel = try await Kernel.boot(config: config, home: home, environment: environment.variables)
        } catch {
            Terminal.err("error: \(error)")
            throw ExitCode.failure
        }
        if let problem = kernel.defaultModelProblem {
            Terminal.err("note: the default model is not usable yet: \(problem). The daemon runs; messages to agents answer with what to set.")
        }
        let version = OpenFangCommand.version
        let pid = getpid()
        let onRunning: @Sendable (Int) async -> Void = { port in
            let address = ListenAddress("\(listen.host.contains(":") ? "[\(listen.host)]" : listen.host):\(port)")?.description ?? "\(listen.host):\(port)"
            do {
                try DaemonRecord(pid: pid, listen: address, version: version, startedAt: Date()).write(in: home)
                Terminal.out("OpenFang \(version) listening on http://\(address) (pid \(pid)); Ctrl-C or `openfang stop` stops it")
            } catch {
                Terminal.err("warning: cannot write \(home.daemonFile): \(ErrorText.describe(error))")
            }
        }
        let shutdown = ShutdownRequestService()
        let app = buildApplication(
            kernel: kernel,
            config: APIConfiguration(
                host: listen.host, port: listen.port, version: version, corsOrigins: config.apiCorsOrigins, rateLimitPerMinute: config.apiRateLimitPerMinute,
                logger: logger, onRunning: onRunning, onShutdown: { shutdown.request() }))
        let group = ServiceGroup(configuration: .init(
            services: [
                .init(service: KernelService(kernel: kernel)), .init(service: SchedulerService(kernel: kernel)), .init(service: TriggerService(kernel: kernel)),
                .init(service: app), .init(service: KernelStopService(kernel: kernel)),
                .init(service: shutdown, successTerminationBehavior: .gracefullyShutdownGroup),
            ], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch {
            Terminal.err("error: \(error)")
            if DaemonRecord.read(in: home)?.pid == pid { DaemonRecord.remove(in: home) }
            throw ExitCode.failure
        }
        if DaemonRecord.read(in: home)?.pid == pid { DaemonRecord.remove(in: home) }
        Terminal.out("stopped")
    }
}
