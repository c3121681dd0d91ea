/// When a session is summarised, and how much of it stays verbatim (OpenFang's defaults).
public struct CompactionPolicy: Sendable, Equatable {
    /// Compact when the session has more messages than this.
    public var messageThreshold = 30
    /// Or when its estimate exceeds this share of the context window.
    public var tokenThresholdRatio = 0.7
    /// Messages kept verbatim after compaction.
    public var keepRecent = 10
    /// Largest summary in tokens.
    public var maxSummaryTokens = 1024
    /// Largest chunk sent for a partial summary, in characters.
    public var maxChunkCharacters = 80_000

    /// OpenFang's defaults.
    public init() {}
}
