/// Turns texts into vectors for semantic recall; implementations come with the LLM drivers.
public protocol Embedder: Sendable {
    /// One vector per text, in order.
    func embed(_ texts: [String]) async throws -> [[Float]]
}
