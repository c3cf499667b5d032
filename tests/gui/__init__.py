"""Qt tests in the test process (pytest-qt), auto-marked gui."""
