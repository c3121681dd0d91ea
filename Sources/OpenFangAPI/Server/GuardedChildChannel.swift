import HummingbirdCore
import Logging
import NIOCore

/// A server child channel with a ``FirstRequestGuard`` after `base`'s own handlers.
struct GuardedChildChannel<Base: ServerChildChannel>: ServerChildChannel {
    typealias Value = Base.Value

    let base: Base
    let firstRequestTimeout: TimeAmount

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let value = base.setup(channel: channel, logger: logger)
        let timeout = firstRequestTimeout
        return channel.eventLoop.submit {
            try channel.pipeline.syncOperations.addHandler(FirstRequestGuard(timeout: timeout))
        }.flatMap { value }
    }

    func handle(value: Value, logger: Logger) async {
        await base.handle(value: value, logger: logger)
    }
}
