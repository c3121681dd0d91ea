// OpenFangMigrate: importers from other agent systems (OpenClaw first).
//
// The target is declared now so the module graph is fixed; its code arrives with its issue.
