import OpenFangMemory
import OpenFangTypes

extension AgentLoop {
    /// Per iteration: the overflow stages (70 %/90 %), then the tool-result guard; each stage
    /// that changed something is journaled.
    func fitContext(_ state: inout TurnState) async throws {
        let window = configuration.contextWindow
        let recovered = ContextOverflow.recover(state.messages, system: state.fullSystem, toolTokens: state.toolTokens, contextWindow: window)
        if recovered.stage != .none {
            state.messages = SessionRepair.ensureStartsWithUser(SessionRepair.repair(recovered.messages))
            try await note(state, ["overflow_stage": .string(recovered.stage.rawValue), "removed_messages": .integer(Int64(recovered.removed))])
        }
        let guarded = ContextGuard.compactToolResults(state.messages, contextWindow: window)
        if guarded != state.messages {
            state.messages = guarded
            try await note(state, ["context_guard": .string("compacted older tool results")])
        }
    }
}
