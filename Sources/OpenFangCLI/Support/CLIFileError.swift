/// A file the CLI had to write could not be written; the description says which and why.
struct CLIFileError: Error, CustomStringConvertible {
    var description: String
}
