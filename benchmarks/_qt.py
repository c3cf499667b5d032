"""The one QApplication of a Qt benchmark."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    """The running QApplication, created on first use (Qt allows one per process)."""
    app = QApplication.instance()
    if app is None:
        return QApplication([])
    assert isinstance(app, QApplication), "a QCoreApplication is already running; widgets need a QApplication"
    return app
