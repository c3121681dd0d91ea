import OpenFangRuntime
import OpenFangTypes

extension Kernel: EventPublisher {
    public func publish(type: String, payload: JSONValue, from source: AgentID) async throws {
        events.publish(KernelEvent(kind: .custom(type), agent: source, payload: payload))
    }
}
