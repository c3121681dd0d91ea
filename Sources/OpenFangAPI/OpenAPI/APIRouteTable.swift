import Synchronization

/// Every route the application registered, in order, with its documentation: the source of the
/// OpenAPI document, of the public-route list and of rate-limit costs.
public final class APIRouteTable: Sendable {
    private let docs = Mutex<[APIRouteDoc]>([])

    /// An empty table.
    public init() {}

    /// Records a route.
    func record(_ doc: APIRouteDoc) {
        docs.withLock { $0.append(doc) }
    }

    /// Every route, in registration order.
    public var routes: [APIRouteDoc] { docs.withLock { $0 } }

    /// The methods routes take at a concrete request path (empty when no route has the path).
    func methods(at path: String) -> [String] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        return docs.withLock { all in
            all.filter { doc in
                let pattern = doc.path.split(separator: "/", omittingEmptySubsequences: true)
                return pattern.count == segments.count && zip(pattern, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
            }.map(\.method)
        }
    }

    /// The route a concrete request path and method hit (captures match any segment).
    func route(method: String, path: String) -> APIRouteDoc? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        return docs.withLock { all in
            all.first { doc in
                let pattern = doc.path.split(separator: "/", omittingEmptySubsequences: true)
                return doc.method == method && pattern.count == segments.count
                    && zip(pattern, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
            }
        }
    }
}
