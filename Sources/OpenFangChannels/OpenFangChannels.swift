// OpenFangChannels: the ChannelAdapter protocol, chat platform adapters, bridge, router and formatter.
//
// The target is declared now so the module graph is fixed; its code arrives with its issue.
