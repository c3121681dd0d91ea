// OpenFangHands: HAND.toml parsing, the hand registry and hand lifecycle.
//
// The target is declared now so the module graph is fixed; its code arrives with its issue.
