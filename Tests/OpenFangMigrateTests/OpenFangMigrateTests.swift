// Tests for OpenFangMigrate arrive with its code.
import Testing
