import FoundationEssentials
import Hummingbird
import OpenFangKernel
import OpenFangRuntime
import OpenFangMemory
import OpenFangTypes

/// `GET /api/usage`, `/api/usage/by-model`, `/api/usage/daily`, `/api/budget`, `/api/budget/agents`.
struct UsageRoutes: APIRouteGroup {
    let kernel: Kernel

    func register(on routes: APIRoutes) {
        routes.on(.get, "/api/usage", summary: "Spend over the last hour, day and month (optionally ?agent=)", query: ["agent": "an agent's name or id"], response: "{hour, day, month}", cost: 3) {
            request, _ in
            let agent = try await kernel.optionalAgent(QueryValues(request: request))
            var windows: [String: UsageTotals] = [:]
            for window in [UsageWindow.hour, .day, .month] { windows[window.rawValue] = try await kernel.store.usage(of: agent, in: window) }
            return try JSONResponse(windows)
        }
        routes.on(.get, "/api/usage/by-model", summary: "Spend per provider and model over ?days= (default 30)",
            query: ["days": APIBodyField(.integer, "1 to 3650 (default 30)", minimum: 1, maximum: 3_650)], response: "[{provider, model, totals}]", cost: 3) {
            request, _ in
            let days = try QueryValues(request: request).integer("days", in: 1...3_650, default: 30)
            return try JSONResponse(try await kernel.store.usageByModel(since: Date().addingTimeInterval(-Double(days) * 86_400)))
        }
        routes.on(.get, "/api/usage/daily", summary: "Spend per day over ?days= (default 7), optionally ?agent=",
            query: ["days": APIBodyField(.integer, "1 to 3650 (default 7)", minimum: 1, maximum: 3_650), "agent": "an agent's name or id"], response: "[{day, totals}]", cost: 3) {
            request, _ in
            let query = QueryValues(request: request)
            let days = try query.integer("days", in: 1...3_650, default: 7)
            return try JSONResponse(try await kernel.store.dailyUsage(days: days, of: kernel.optionalAgent(query)))
        }
        routes.on(.get, "/api/budget", summary: "The global [budget] and what has been spent against it", response: "{config, spent{hour, day, month}}", cost: 2) {
            _, _ in
            var spent: [String: JSONValue] = [:]
            for window in [UsageWindow.hour, .day, .month] {
                spent[window.rawValue] = .number(try await kernel.store.usage(of: nil, in: window).costUSD)
            }
            let config = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(kernel.config.budget))
            return try JSONResponse(JSONValue.object(["config": config, "spent_usd": .object(spent)]))
        }
        routes.on(.get, "/api/budget/agents", summary: "Each agent's budget status (near or over a limit)", response: "[{agent_id, name, status}]", cost: 3) { _, _ in
            var rows: [JSONValue] = []
            for agent in await kernel.summaries() {
                let status = await kernel.budgetStatus(of: agent.id.description)
                rows.append(.object(["agent_id": .string(agent.id.description), "name": .string(agent.name), "status": status.map(JSONValue.string) ?? .null]))
            }
            return try JSONResponse(JSONValue.array(rows))
        }
    }
}
