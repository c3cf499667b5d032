"""Tests without Qt: they pass with PySide6 and pyqtgraph uninstalled (scripts/qt_free_tests.sh)."""
