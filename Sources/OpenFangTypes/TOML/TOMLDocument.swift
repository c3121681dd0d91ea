/// A parsed TOML file: its root table plus the layout facts an editor needs.
public struct TOMLDocument: Sendable {
    /// A `[table]` or `[[array]]` header line.
    public struct Header: Sendable, Equatable {
        /// The dotted key path of the header.
        public var path: [String]
        /// Whether it is an `[[array of tables]]` header.
        public var isArray: Bool
        /// Byte offset of the header's `[`.
        public var startOffset: Int
        /// Byte offset just past the header line (after its newline, if any).
        public var lineEndOffset: Int
    }

    /// The root table.
    public var root: TOMLTable
    /// Every header, in source order.
    public var headers: [Header]
    /// The file label used in locations.
    public var file: String
    /// The source text.
    public var source: String

    /// Parses `source`; locations name `file`.
    public init(parsing source: String, file: String = "<string>") throws(TOMLSyntaxError) {
        var parser = TOMLParser(source: source, file: file)
        try parser.parseDocument()
        self.root = parser.root
        self.headers = parser.headers
        self.file = file
        self.source = source
    }
}
