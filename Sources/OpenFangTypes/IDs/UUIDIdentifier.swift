#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A typed identifier backed by a UUID, encoded as its lowercase string (as OpenFang writes them).
public protocol UUIDIdentifier: Sendable, Hashable, Codable, CustomStringConvertible, LosslessStringConvertible {
    /// The UUID.
    var rawValue: UUID { get }
    /// Wraps a UUID.
    init(rawValue: UUID)
}

extension UUIDIdentifier {
    /// A fresh random (v4) identifier.
    public static func random() -> Self { Self(rawValue: UUID()) }

    /// Parses the textual form; nil if it is not a UUID.
    public init?(_ description: String) {
        guard let uuid = UUID(uuidString: description) else { return nil }
        self.init(rawValue: uuid)
    }

    /// Lowercase UUID text.
    public var description: String { rawValue.uuidString.lowercased() }

    /// Decodes the UUID string.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let uuid = UUID(uuidString: text) else {
            throw decoder.failure("invalid \(Self.self): \"\(text)\" is not a UUID")
        }
        self.init(rawValue: uuid)
    }

    /// Encodes the lowercase UUID string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
