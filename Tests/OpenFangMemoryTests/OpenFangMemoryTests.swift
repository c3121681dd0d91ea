// Tests for OpenFangMemory arrive with its code.
import Testing
