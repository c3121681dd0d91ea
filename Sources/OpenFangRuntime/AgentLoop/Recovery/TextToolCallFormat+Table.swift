import FoundationEssentials
import OpenFangTypes

extension TextToolCallFormat {
    /// The 14 textual forms OpenFang recognises, most specific first.
    static let table: [TextToolCallFormat] = [
        // <function=x><parameter=k>v</parameter></function>
        regex("function_parameters", #"<function=([\w.-]+)>\s*((?:<parameter=[\w.-]+>.*?</parameter>\s*)+)</function>"#) { groups in
            let parameter = TextPattern(#"<parameter=([\w.-]+)>(.*?)</parameter>"#, dotMatchesNewlines: true)
            let body = groups[1]
            var arguments: [String: JSONValue] = [:]
            for match in parameter.matches(in: body) where match.groups.count == 2 {
                let text = match.groups[1].trimmed()
                arguments[match.groups[0]] = LenientJSON.parse(text).flatMap { if case .string = $0 { nil } else { $0 } } ?? .string(text)
            }
            return (groups[0], .object(arguments))
        },
        // <function=name>{json}</function>
        nameAndJSON("function_equals", #"<function=([\w.-]+)>\s*(\{.*?\})\s*</function>"#),
        // <function>name{json}</function>
        nameAndJSON("function_tag", #"<function>\s*([\w.-]+)\s*(\{.*?\})\s*</function>"#),
        // <tool>name{json}</tool>
        nameAndJSON("tool_tag", #"<tool>\s*([\w.-]+)\s*(\{.*?\})\s*</tool>"#),
        // <function name="x" parameters="{…}" />
        nameAndJSON("function_attributes", #"<function\s+name="([\w.-]+)"\s+parameters='?"?(\{.*?\})"?'?\s*/>"#),
        // <tool_call>{"name","arguments"}</tool_call> (Qwen3)
        callObject("tool_call_tag", #"<tool_call>\s*(.*?)\s*</tool_call>"#),
        // <tool_use>{…}</tool_use>
        callObject("tool_use_tag", #"<tool_use>\s*(.*?)\s*</tool_use>"#),
        // [TOOL_CALL]…[/TOOL_CALL]: JSON, `name -> {…}` or `name --key value`
        callObject("tool_call_brackets", #"\[TOOL_CALL\]\s*(.*?)\s*\[/TOOL_CALL\]"#),
        // <|plugin|>…<|endofblock|>
        callObject("plugin_block", #"<\|plugin\|>\s*(.*?)\s*<\|endofblock\|>"#),
        // ```name {json}``` (optionally with a language after the fence)
        nameAndJSON("markdown_block", #"```(?:[a-z]*\n)?\s*([A-Za-z_][\w.-]*)\s*(\{.*?\})\s*```"#),
        // `name {json}`
        nameAndJSON("backticks", #"`([A-Za-z_][\w.-]*)\s*(\{[^`]*\})`"#),
        // ReAct: Action: x / Action Input: {…}
        nameAndJSON("react", #"^\s*Action:\s*([\w.-]+)\s*\n\s*Action Input:\s*(\{.*\})\s*$"#),
        // name\n{json} on lines of their own (last resort)
        nameAndJSON("name_newline_json", #"^([A-Za-z_][\w.-]*)[ \t]*\n(\{.*?\})[ \t]*$"#, lastResort: true),
        // a bare {"name": …, "arguments": …} object (last resort)
        TextToolCallFormat(name: "bare_json", lastResort: true) { text in
            var found: [Found] = []
            var index = text.startIndex
            while let open = text[index...].firstIndex(of: "{") {
                // Only braces that open with a quoted key can start a call; this keeps text full of
                // code from costing a scan to the end for every brace.
                let next = text[text.index(after: open)...].first { !$0.isWhitespace }
                guard next == "\"" else {
                    index = text.index(after: open)
                    continue
                }
                guard let end = LenientJSON.objectEnd(in: text, from: open) else { break }
                if let call = LenientJSON.call(fromObject: String(text[open..<end])) {
                    found.append(Found(range: open..<end, name: call.name, input: call.input))
                    index = end
                } else {
                    index = text.index(after: open)
                }
            }
            return found
        },
    ]
}
