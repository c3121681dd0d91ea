/// Names models invent for built-in tools (other agents' conventions), mapped to ours.
public enum ToolNameAliases {
    /// Alias → canonical name (compared case-insensitively).
    public static let table: [String: String] = [
        "read": "file_read", "read_file": "file_read", "readfile": "file_read", "cat": "file_read", "view": "file_read",
        "write": "file_write", "write_file": "file_write", "writefile": "file_write", "fs-write": "file_write", "create_file": "file_write",
        "ls": "file_list", "list_dir": "file_list", "list_files": "file_list", "list_directory": "file_list",
        "mkdir": "create_directory", "make_directory": "create_directory",
        "bash": "shell_exec", "exec": "shell_exec", "shell": "shell_exec", "run_command": "shell_exec", "execute_command": "shell_exec",
        "fetch": "web_fetch", "http_get": "web_fetch", "browse": "web_fetch",
        "search": "web_search", "websearch": "web_search", "google": "web_search",
        "sessions_send": "agent_send", "send_message": "agent_send",
        "remember": "memory_store", "recall": "memory_recall",
        "patch": "apply_patch", "edit": "apply_patch",
        "time": "system_time", "now": "system_time",
    ]

    /// The canonical name for `name` (unchanged when it is not an alias).
    public static func canonical(_ name: String) -> String {
        table[name.lowercased()] ?? name
    }
}
