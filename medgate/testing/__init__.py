"""Test harness shared by the tests and the load tools: server starters and an in-process gateway."""
