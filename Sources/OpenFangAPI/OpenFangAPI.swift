// OpenFangAPI: the Hummingbird application: REST, OpenAI-compatible API, SSE, WebSocket and dashboard.
//
// The target is declared now so the module graph is fixed; its code arrives with its issue.
