/// Image formats every provider accepts inline.
public enum ImageMediaType: String, Sendable, Hashable, Codable, CaseIterable {
    case png = "image/png"
    case jpeg = "image/jpeg"
    case gif = "image/gif"
    case webp = "image/webp"

    /// Largest decoded image accepted, in bytes (5 MiB, as OpenFang).
    public static let maximumDecodedBytes = 5 * 1024 * 1024
}
