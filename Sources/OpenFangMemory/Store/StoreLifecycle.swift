/// Opening is back-end specific; closing is not: every store releases its connections here.
public protocol StoreLifecycle: Sendable {
    /// Flushes and closes the store; no call may follow.
    func close() async
}
