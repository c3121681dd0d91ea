// Tests for OpenFangSkills arrive with its code.
import Testing
