import ServiceLifecycle

/// The kernel as a `Service`: runs until graceful shutdown, then stops every process and closes
/// the database (a turn still running is marked interrupted on the next boot).
public struct KernelService: Service {
    /// The kernel it owns.
    public let kernel: Kernel

    /// Wraps a booted kernel.
    public init(kernel: Kernel) {
        self.kernel = kernel
    }

    public func run() async throws {
        try? await gracefulShutdown()
        await kernel.shutdown()
    }
}
