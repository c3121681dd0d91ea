// Tests for OpenFangExtensions arrive with its code.
import Testing
