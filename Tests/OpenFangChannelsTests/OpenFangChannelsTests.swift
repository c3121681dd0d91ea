// Tests for OpenFangChannels arrive with its code.
import Testing
