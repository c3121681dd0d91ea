// Tests for OpenFangWire arrive with its code.
import Testing
