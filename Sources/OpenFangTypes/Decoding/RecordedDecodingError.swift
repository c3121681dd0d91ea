/// Thrown inside the TOML decoder after a problem was recorded as a ``DecodingIssue``; the nearest
/// field with a default catches it and decoding goes on, so every problem is found in one pass.
struct RecordedDecodingError: Error {}
