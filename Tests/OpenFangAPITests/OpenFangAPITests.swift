// Tests for OpenFangAPI arrive with its code.
import Testing
