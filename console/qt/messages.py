"""Qt's own messages (qDebug, qInfo, qWarning...) into the console's log, at the level they deserve.

Without a handler Qt writes them to stderr beside the log, unformatted, and some are noise on a
machine without an audio server (the recording player already says so in the window).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.DEBUG,
          QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
          QtMsgType.QtFatalMsg: logging.CRITICAL}
# Known and harmless: no PulseAudio/PipeWire server to connect to (a wall PC, CI, a remote session); the
# offscreen platform (screenshots without a display) cannot pass size hints to a window manager it lacks.
EXPECTED = ("PulseAudioService: pa_context_connect() failed", "This plugin does not support propagateSizeHints()")


def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Log one Qt message under ``qt.<category>``."""
    level = logging.DEBUG if message.startswith(EXPECTED) else LEVELS.get(kind, logging.WARNING)
    category = context.category if context.category not in (None, "", "default") else ""
    logging.getLogger(f"qt.{category}" if category else "qt").log(level, "%s", message)


def install() -> object:
    """Route Qt's messages to the log; returns the handler it replaced."""
    return qInstallMessageHandler(handle)
