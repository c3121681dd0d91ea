// OpenFangExtensions: the credential vault, MCP integration templates and OAuth2 PKCE.
//
// The target is declared now so the module graph is fixed; its code arrives with its issue.
