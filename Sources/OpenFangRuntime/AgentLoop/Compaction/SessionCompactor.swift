import FoundationEssentials
import OpenFangMemory
import OpenFangTypes

/// Summarises the older part of a session with the model (one pass; chunked summaries merged
/// when it is long; a plain digest if the model fails), keeps the recent messages verbatim, and
/// journals the whole pre-compaction session so it can be restored.
public struct SessionCompactor: Sendable {
    /// Journal key holding the pre-compaction session.
    static let journalKey = "compaction"

    /// The model that writes summaries.
    var driver: any LLMDriver
    /// Its model id.
    var model: String
    /// Thresholds and sizes.
    var policy: CompactionPolicy

    /// Whether `messages` should be compacted before the next turn.
    static func shouldCompact(_ messages: [Message], policy: CompactionPolicy, contextWindow: Int) -> Bool {
        if messages.count > policy.messageThreshold { return true }
        let estimate = ContextEstimate.tokens(messages: messages, system: "", tools: [])
        return Double(estimate) > policy.tokenThresholdRatio * Double(contextWindow) && messages.count > 4
    }

    /// Compacts `session`, journaling the previous state in `run`; returns the session as stored.
    func compact(_ session: Session, store: any MemoryStore, run: RunID) async throws -> Session {
        guard let boundary = Self.boundary(in: session.messages, keepRecent: policy.keepRecent) else { return session }
        // Nothing may fall between the two parts: what the repair of the kept part would drop
        // before its first user message is summarised with the older part.
        let repaired = SessionRepair.repair(Array(session.messages[boundary...]))
        let kept = SessionRepair.ensureStartsWithUser(repaired)
        let older = Array(session.messages[..<boundary]) + repaired.prefix(repaired.count - kept.count)
        let (summary, stage) = await summarise(older, previous: session.record.compactedSummary)
        try await store.appendStep(
            to: run, kind: .note,
            payload: .object([
                Self.journalKey: .object([
                    "session": .string(session.record.id.description), "stage": .string(stage), "summary": .string(summary),
                    "previous_summary": .string(session.record.compactedSummary ?? ""), "previous_messages": try Self.json(session.messages),
                    "kept": .integer(Int64(kept.count)),
                ])
            ]))
        try await store.replaceMessages(of: session.record.id, with: kept, summary: summary)
        var compacted = session
        compacted.messages = kept
        compacted.record.compactedSummary = summary
        return compacted
    }

    /// Where the kept part starts: at a user message that begins a turn (not one carrying tool
    /// results), so no reply or tool exchange is cut in two. The latest such message at or before
    /// `count - keepRecent`, else the first after it; nil when there is none past the first message.
    static func boundary(in messages: [Message], keepRecent: Int) -> Int? {
        let startsTurn = { (index: Int) in messages[index].role == .user && !messages[index].carriesToolResults }
        let target = max(0, messages.count - keepRecent)
        if let back = stride(from: min(target, messages.count - 1), to: 0, by: -1).first(where: startsTurn) { return back }
        return messages.indices.dropFirst(target + 1).first(where: startsTurn)
    }

    /// Puts back the session exactly as it was before the compaction journaled in `run`;
    /// returns false when that run compacted nothing.
    public static func restore(compactionIn run: RunID, store: any MemoryStore) async throws -> Bool {
        guard let steps = try await store.run(run)?.steps else { return false }
        for step in steps.reversed() {
            guard case .object(let payload) = step.payload, case .object(let entry)? = payload[journalKey],
                case .string(let sessionText)? = entry["session"], let session = SessionID(sessionText), let messages = entry["previous_messages"]
            else { continue }
            let decoded = try JSONDecoder().decode([Message].self, from: JSONEncoder().encode(messages))
            var previous: String = ""
            if case .string(let text)? = entry["previous_summary"] { previous = text }
            try await store.replaceMessages(of: session, with: decoded, summary: previous)
            return true
        }
        return false
    }

    /// The summary and which stage produced it (`single_pass`, `chunked`, `fallback`).
    func summarise(_ messages: [Message], previous: String?) async -> (String, String) {
        var transcript = messages.map(Self.render).joined(separator: "\n")
        if let previous, !previous.isEmpty { transcript = "Earlier summary: \(previous)\n\(transcript)" }
        if transcript.count <= policy.maxChunkCharacters {
            if let summary = await ask(transcript) { return (summary, "single_pass") }
            return (Self.digest(messages), "fallback")
        }
        let chunks = stride(from: 0, to: transcript.count, by: policy.maxChunkCharacters / 2).map { start -> String in
            let from = transcript.index(transcript.startIndex, offsetBy: start)
            let to = transcript.index(from, offsetBy: policy.maxChunkCharacters / 2, limitedBy: transcript.endIndex) ?? transcript.endIndex
            return String(transcript[from..<to])
        }
        var partials: [String] = []
        for chunk in chunks {
            guard let partial = await ask(chunk) else { break }
            partials.append(partial)
        }
        if partials.count == chunks.count, let merged = await ask(partials.joined(separator: "\n\n")) { return (merged, "chunked") }
        return (Self.digest(messages), "fallback")
    }

    /// A summary written without a model: what the user asked, most recent last.
    static func digest(_ messages: [Message]) -> String {
        let asked = messages.filter { $0.role == .user && !$0.carriesToolResults }.map { "- " + String($0.content.plainText.prefix(200)) }
        return "Earlier, the user asked (\(messages.count) messages condensed without a model):\n" + asked.suffix(20).joined(separator: "\n")
    }

    /// One summary request; nil when the model fails or says nothing.
    private func ask(_ transcript: String) async -> String? {
        let request = CompletionRequest(
            model: model,
            system: "You condense conversations. Keep facts, decisions, names, numbers, open tasks and what the user wants. Write plain prose, no preamble.",
            messages: [.user("Summarise this conversation in at most \(policy.maxSummaryTokens * 3) characters:\n\n\(transcript)")],
            maxTokens: policy.maxSummaryTokens)
        guard let response = try? await driver.complete(request) else { return nil }
        let text = response.text.trimmed()
        return text.isEmpty ? nil : text
    }

    /// One line per message for the summariser; tool output is cleaned of bulk and injections.
    static func render(_ message: Message) -> String {
        let parts = message.content.blocks.compactMap { block -> String? in
            switch block {
            case .text(let text, _): text
            case .toolUse(_, let name, let input, _): "[called \(name) \(input.compactJSON.prefix(300))]"
            case .toolResult(_, let name, let content, let isError): "[\(name) \(isError ? "failed" : "returned"): \(SessionRepair.stripToolResultDetails(content).prefix(1_000))]"
            default: nil
            }
        }
        return "\(message.role.rawValue): \(parts.joined(separator: " "))"
    }

    static func json(_ messages: [Message]) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(messages))
    }
}
