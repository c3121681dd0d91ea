extension TOMLValueDecoder {
    /// Parses `source` and decodes `type`; a syntax error becomes the single error issue.
    public static func decode<T: Decodable>(_ type: T.Type, fromTOML source: String, file: String) -> Result<T> {
        do {
            let document = try TOMLDocument(parsing: source, file: file)
            return decode(type, from: document.root, fallbackLocation: .init(file: file, line: 1, column: 1, offset: 0))
        } catch {
            return Result(value: nil, issues: [DecodingIssue(error)])
        }
    }
}

extension DecodingIssue {
    /// The issue for a TOML syntax error.
    public init(_ syntaxError: TOMLSyntaxError) {
        self.init(severity: .error, keyPath: "", location: syntaxError.location, message: syntaxError.message)
    }
}
