import ServiceLifecycle

/// The first part of the daemon to stop (list it last in the `ServiceGroup`): on graceful
/// shutdown it stops the kernel, cancelling running turns and saving running agents as
/// suspended, before the HTTP server waits for its requests and `KernelService` closes the
/// database.
public struct KernelStopService: Service {
    /// The kernel it stops.
    public let kernel: Kernel

    /// Wraps a booted kernel.
    public init(kernel: Kernel) {
        self.kernel = kernel
    }

    public func run() async throws {
        try? await gracefulShutdown()
        await kernel.stop()
    }
}
