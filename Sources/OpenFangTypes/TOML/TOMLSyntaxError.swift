/// A TOML document that cannot be parsed, with the exact place and what was expected there.
public struct TOMLSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where parsing stopped.
    public var location: TOMLSourceLocation
    /// What was wrong, phrased as "expected …, found …" where possible.
    public var message: String

    /// Creates a syntax error.
    public init(location: TOMLSourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    /// `file:line:column: message`.
    public var description: String { "\(location): \(message)" }
}
