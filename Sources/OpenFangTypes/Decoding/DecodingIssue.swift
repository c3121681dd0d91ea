/// One problem found while decoding a config file or manifest: where, what, and a fix if known.
public struct DecodingIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Errors make the document unusable; warnings are reported and the document is still used.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning
    }

    /// How serious it is.
    public var severity: Severity
    /// Dotted key path (`web.fetch.max_chars`, `fallback_providers[0].model`); empty for the whole file.
    public var keyPath: String
    /// Where in which file, when known.
    public var location: TOMLSourceLocation?
    /// What is wrong.
    public var message: String
    /// A nearby known key when the key looks misspelt.
    public var suggestion: String?

    /// Creates an issue.
    public init(
        severity: Severity, keyPath: String, location: TOMLSourceLocation?, message: String, suggestion: String? = nil
    ) {
        self.severity = severity
        self.keyPath = keyPath
        self.location = location
        self.message = message
        self.suggestion = suggestion
    }

    /// `file:line:column: error: key.path: message (did you mean `x`?)`.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): "
        if !keyPath.isEmpty { text += "\(keyPath): " }
        text += message
        if let suggestion { text += " (did you mean `\(suggestion)`?)" }
        return text
    }
}

extension TOMLSourceLocation: Codable {
    private enum CodingKeys: String, CodingKey { case file, line, column }

    /// Decodes `{file, line, column}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try container.decode(String.self, forKey: .file), line: try container.decode(Int.self, forKey: .line),
            column: try container.decode(Int.self, forKey: .column), offset: 0)
    }

    /// Encodes `{file, line, column}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }
}
