import OpenFangMemory

/// A deterministic embedder for tests: words map to a few concepts, so texts about the same
/// thing are similar even when they share no word.
public struct ConceptEmbedder: Embedder {
    /// Word → concept dimension.
    public static let concepts: [String: Int] = [
        "car": 0, "automobile": 0, "vehicle": 0, "tires": 0, "engine": 0,
        "tax": 1, "filing": 1, "finance": 1, "money": 1, "invoice": 1,
        "plants": 2, "garden": 2, "water": 2, "flowers": 2,
        "music": 3, "guitar": 3, "song": 3,
    ]
    /// Dimensions of every vector.
    public static let dimensions = 8

    /// Creates the embedder.
    public init() {}

    /// One vector per text: concept counts plus a small constant so no vector is zero.
    public func embed(_ texts: [String]) async throws -> [[Float]] {
        texts.map(Self.vector)
    }

    /// The vector of one text.
    public static func vector(_ text: String) -> [Float] {
        var vector = [Float](repeating: 0, count: dimensions)
        vector[dimensions - 1] = 0.05
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            if let concept = concepts[String(word)] { vector[concept] += 1 }
        }
        return vector
    }
}
