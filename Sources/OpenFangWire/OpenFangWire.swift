// OpenFangWire: the OFP peer-to-peer protocol.
//
// The target is declared now so the module graph is fixed; its code arrives with its issue.
