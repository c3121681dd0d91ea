import FoundationEssentials
import OpenFangTypes

/// `apply_patch`: adds, updates (with `@@` hunks, optionally moving), and deletes files in the
/// workspace from one `*** Begin Patch` text; all hunks are checked before anything is written.
public struct ApplyPatchTool: Tool {
    /// The patch.
    public struct Input: Decodable, Sendable {
        /// The whole patch text.
        public var patch: String
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "apply_patch",
        description: "Apply a patch to files in your workspace. Format: *** Begin Patch / *** Add File: p (+lines) / *** Update File: p (optional *** Move to: q; @@ hunks with ' ', '-', '+' lines) / *** Delete File: p / *** End Patch.",
        inputSchema: .object(["patch": .string("The patch text")], required: ["patch"]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        do throws(PatchError) {
            let operations = try PatchParser.parse(input.patch)
            let applier = PatchApplier { path throws(PatchError) in
                do throws(ToolOutput) {
                    return try context.workspacePath(path)
                } catch {
                    throw PatchError(error.content)
                }
            }
            let summary = try applier.apply(operations)
            return .success("Applied:\n" + summary.joined(separator: "\n"))
        } catch {
            return .failure("Patch not applied (nothing was changed): \(error.description)")
        }
    }
}
