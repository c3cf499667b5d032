"""Unexpected errors: logged in full, shown to the user as a calm, non-modal note with the log's location.

Installs ``sys.excepthook`` (exceptions in Qt slots and event handlers end up there too) and
``threading.excepthook``. The app keeps running; registered savers (e.g. the review draft) are
called first so no typing is lost. No traceback is ever shown in the window.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)


def report(exc: BaseException) -> None:
    """Report a bug caught on a worker thread: to the installed :class:`CrashReporter` (via ``sys.excepthook``)."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


class CrashReporter(QObject):
    """Catches what nothing else caught; one dialog at a time however many errors follow."""

    _reported = Signal()

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: QMessageBox | None = None
        self.errors = 0
        self._savers: list[Callable[[], None]] = []
        self._previous: tuple[object, object] | None = None
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def add_saver(self, save: Callable[[], None]) -> None:
        """Call ``save`` (on the GUI thread) whenever an unexpected error is reported."""
        self._savers.append(save)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        """Restore the previous hooks and close the note (the app is ending)."""
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            shiboken6.delete(self.dialog)
        self.dialog = None
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        self.errors += 1
        self._reported.emit()  # queued: the dialog is built on the GUI thread, after the failing code returns

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        log.error("unexpected error in thread %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        self.errors += 1
        self._reported.emit()

    def _show(self) -> None:
        for save in self._savers:
            try:
                save()
            except Exception:  # a saver failing must not hide the first error
                log.exception("saving after an unexpected error failed")
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self._retranslate()  # the count changes
            return
        self.dialog = QMessageBox(QApplication.activeWindow())
        self.dialog.setObjectName("CrashDialog")
        self.dialog.setIcon(QMessageBox.Icon.Warning)
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_button = self.dialog.addButton(self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_log_folder)
        self.ok_button = self.dialog.addButton(QMessageBox.StandardButton.Ok)
        self.dialog.setEscapeButton(self.ok_button)  # else the box refuses to close, and so does app.quit()
        self._retranslate()
        self.dialog.show()

    def _retranslate(self) -> None:
        assert self.dialog is not None
        self.dialog.setWindowTitle(self.tr("Something went wrong"))
        self.dialog.setText(self.tr("Something unexpected happened. The console is still running, "
                                    "and your drafts have been saved."))
        details = self.tr("The details were written to the log file:\n%1\n\n"
                          "If this keeps happening, send that file to your IT support.").replace(
            "%1", str(self.log_path))
        if self.errors > 1:
            details += "\n\n" + self.tr("Unexpected errors so far: %1").replace("%1", str(self.errors))
        self.dialog.setInformativeText(details)
        self.open_button.setText(self.tr("Open log folder"))

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))
