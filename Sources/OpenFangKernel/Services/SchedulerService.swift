import FoundationEssentials
import ServiceLifecycle

/// The scheduler and supervisor as a `Service`: every tick it runs the cron jobs that are due
/// (each fire in its own child task, so a slow turn never delays the clock) and restarts crashed
/// agents whose backoff has passed. Fires still running at shutdown are cancelled by the kernel's
/// stop and end `interrupted`.
public struct SchedulerService: Service {
    /// The kernel it drives.
    public let kernel: Kernel
    /// Time between ticks.
    public let tick: Duration

    /// Creates the service.
    public init(kernel: Kernel, tick: Duration = .seconds(1)) {
        self.kernel = kernel
        self.tick = tick
    }

    public func run() async throws {
        await withDiscardingTaskGroup { group in
            while !Task.isShuttingDownGracefully, !Task.isCancelled {
                let now = Date()
                await kernel.supervise(at: now)
                for fire in (try? await kernel.dueCronFires(at: now)) ?? [] {
                    group.addTask { await kernel.execute(fire) }
                }
                do {
                    _ = try await cancelWhenGracefulShutdown { [tick] in try await Task.sleep(for: tick) }
                } catch {
                    break
                }
            }
        }
    }
}
