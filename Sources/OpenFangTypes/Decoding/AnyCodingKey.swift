/// A coding key made from any string or index.
public struct AnyCodingKey: CodingKey, Hashable, Sendable {
    /// The key text.
    public var stringValue: String
    /// The array index, for keys inside arrays.
    public var intValue: Int?

    /// A string key.
    public init(_ string: String) {
        self.stringValue = string
        self.intValue = nil
    }

    /// A string key.
    public init?(stringValue: String) { self.init(stringValue) }

    /// An index key.
    public init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

extension Array where Element == any CodingKey {
    /// `a.b[0].c`, the form every issue message uses.
    public var dottedPath: String {
        var text = ""
        for key in self {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }
}
