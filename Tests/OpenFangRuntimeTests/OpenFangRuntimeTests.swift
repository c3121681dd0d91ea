// Tests for OpenFangRuntime arrive with its code.
import Testing
