/// A string-valued setting with a fixed set of values. Decoding accepts any letter case and the
/// listed aliases; anything else is an error naming every allowed value.
public protocol ConfigEnum: RawRepresentable, CaseIterable, Codable, Sendable, Hashable where RawValue == String {
    /// Other spellings OpenFang accepts (`restricted` for `allowlist`, …).
    static var aliases: [String: Self] { get }
}

extension ConfigEnum {
    /// No aliases unless a type lists some.
    public static var aliases: [String: Self] { [:] }

    /// Decodes the raw value, an alias, or fails listing every allowed value.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeEnum(Self.self, aliases: Self.aliases)
    }
}
