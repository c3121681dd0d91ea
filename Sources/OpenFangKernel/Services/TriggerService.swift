import FoundationEssentials
import ServiceLifecycle

/// Triggers as a `Service`: every kernel event is matched against the stored triggers, and each
/// one that fires (within its max fires and cooldown) sends its prompt in its own child task.
public struct TriggerService: Service {
    /// The kernel whose events it watches.
    public let kernel: Kernel

    /// Creates the service.
    public init(kernel: Kernel) {
        self.kernel = kernel
    }

    public func run() async throws {
        let stream = kernel.events.subscribe()
        await withDiscardingTaskGroup { group in
            for await event in stream.cancelOnGracefulShutdown() {
                for fire in (try? await kernel.triggerFires(for: event, at: Date())) ?? [] {
                    group.addTask { await kernel.execute(fire) }
                }
            }
        }
    }
}
