// Tests for OpenFangHands arrive with its code.
import Testing
