/// Breadth-first path search over relations, level by level, never revisiting an entity on a path.
struct GraphSearch {
    /// A path being grown.
    struct Partial {
        var chain: [Relation]
        var visited: Set<EntityID>
        var tip: EntityID?
    }

    var maxDepth: Int
    /// When set (forward search), only paths ending at one of these are kept.
    var targets: Set<EntityID>?

    /// Paths as edge chains in source → target order, shortest first. `edges(nil)` means every
    /// edge; `edges(ids)` the edges leaving (forward) or entering (backward) those entities.
    func run(
        start: Set<EntityID>?, forward: Bool, edges: @Sendable ([EntityID]?) async throws -> [Relation]
    ) async throws -> [[Relation]] {
        var frontier = [Partial(chain: [], visited: [], tip: nil)]
        var results: [[Relation]] = []
        for depth in 1...maxDepth {
            let tips: [EntityID]? = depth == 1 ? start.map(Array.init) : Array(Set(frontier.compactMap(\.tip)))
            let available = try await edges(tips)
            var byTip: [EntityID: [Relation]] = [:]
            for edge in available { byTip[forward ? edge.source : edge.target, default: []].append(edge) }
            var next: [Partial] = []
            for partial in frontier {
                let candidates = partial.tip.map { byTip[$0] ?? [] } ?? available
                for edge in candidates {
                    let from = forward ? edge.source : edge.target
                    let to = forward ? edge.target : edge.source
                    var visited = partial.visited.isEmpty ? [from] : partial.visited
                    guard !visited.contains(to) else { continue }
                    visited.insert(to)
                    let chain = partial.chain + [edge]
                    next.append(Partial(chain: chain, visited: visited, tip: to))
                    if forward, let targets, !targets.contains(to) { continue }
                    results.append(forward ? chain : chain.reversed())
                }
            }
            frontier = next
            if frontier.isEmpty { break }
        }
        return results
    }
}
