// OpenFangRuntime: the agent loop, LLM drivers, built-in tools, sandboxes, MCP and A2A clients, and the role protocols it calls the kernel through.
//
// The target is declared now so the module graph is fixed; its code arrives with its issue.
