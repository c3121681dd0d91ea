/// Decodes `Decodable` types from parsed TOML, collecting every problem instead of stopping at
/// the first: wrong types and bad values become errors with key paths and `file:line:column`,
/// keys no type asked for become warnings with a "did you mean" suggestion.
public enum TOMLValueDecoder {
    /// The decoded value (nil only when the top level itself could not be decoded) and all issues.
    public struct Result<Value> {
        /// The value; meaningful only when `issues` holds no errors.
        public var value: Value?
        /// Errors and warnings, in source order.
        public var issues: [DecodingIssue]

        /// Whether any issue is an error.
        public var hasErrors: Bool { issues.contains { $0.severity == .error } }
    }

    /// Decodes `type` from `table`.
    public static func decode<T: Decodable>(
        _ type: T.Type, from table: TOMLTable, fallbackLocation: TOMLSourceLocation? = nil
    ) -> Result<T> {
        let session = DecodingSession(fallbackLocation: fallbackLocation ?? table.location)
        let root = TOMLValue(
            .table(table),
            location: table.location ?? fallbackLocation ?? TOMLSourceLocation(file: "<config>", line: 1, column: 1, offset: 0))
        let decoder = TOMLDecoderImpl(value: root, codingPath: [], session: session)
        let value: T?
        do {
            value = try decoder.decodeValue(T.self)
        } catch {
            value = nil
            if !(error is RecordedDecodingError) {
                _ = session.error("\(error)", path: [], at: root.location)
            }
        }
        return Result(value: value, issues: ordered(session.issues + session.unknownKeyWarnings()))
    }

    /// Issues in source order: by file (in order of first appearance), then line and column.
    public static func ordered(_ issues: [DecodingIssue]) -> [DecodingIssue] {
        var fileRank: [String: Int] = [:]
        for issue in issues {
            let file = issue.location?.file ?? ""
            if fileRank[file] == nil { fileRank[file] = fileRank.count }
        }
        return issues.enumerated().sorted { lhs, rhs in
            let a = lhs.element.location
            let b = rhs.element.location
            let keyA = (fileRank[a?.file ?? ""] ?? 0, a?.line ?? 0, a?.column ?? 0, lhs.offset)
            let keyB = (fileRank[b?.file ?? ""] ?? 0, b?.line ?? 0, b?.column ?? 0, rhs.offset)
            return keyA < keyB
        }.map(\.element)
    }
}
