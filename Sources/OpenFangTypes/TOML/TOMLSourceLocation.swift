/// Where something sits in a TOML source: file, 1-based line and column, and byte offset.
public struct TOMLSourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file name (or a label such as `<string>`) the source came from.
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int
    /// 0-based byte offset into the UTF-8 source.
    public var offset: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int, offset: Int) {
        self.file = file
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `file:line:column`, the form editors and terminals link to.
    public var description: String { "\(file):\(line):\(column)" }
}
