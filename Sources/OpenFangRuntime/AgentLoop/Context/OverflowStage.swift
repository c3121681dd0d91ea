/// How far overflow recovery had to go.
public enum OverflowStage: String, Sendable, Hashable {
    /// Under 70 % of the window: nothing done.
    case none
    /// Under 90 %: the last 10 messages kept.
    case keptLast10 = "kept_last_10"
    /// Over 90 %: the last 4 messages kept, with a note.
    case keptLast4 = "kept_last_4"
    /// Still over: historical tool results cut to 2,000 characters.
    case truncatedToolResults = "truncated_tool_results"
    /// Nothing more to cut; the request goes as it is.
    case stillOver = "still_over"
}
