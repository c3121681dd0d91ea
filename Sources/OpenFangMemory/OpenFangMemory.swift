// OpenFangMemory: the SQLite memory substrate: the MemoryStore protocol and its KV, semantic, knowledge-graph, session, usage, journal and audit stores.
//
// The target is declared now so the module graph is fixed; its code arrives with its issue.
