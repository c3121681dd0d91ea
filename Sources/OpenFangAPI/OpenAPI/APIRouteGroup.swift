/// A group of routes in one file, registered beside their handlers.
protocol APIRouteGroup: Sendable {
    /// Adds the group's routes.
    func register(on routes: APIRoutes)
}
