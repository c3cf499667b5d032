"""What the console needs to start: every library its Qt plugins link, a display, a quiet log."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from console.infra import qt_libs


def test_every_plugin_the_console_loads_resolves() -> None:
    """After ./dev setup, no plugin the console loads has an unresolved library (Qt would skip it or abort)."""
    root = qt_libs.plugins_dir()
    assert root is not None
    assert (root / "platforms" / "libqxcb.so").exists()
    assert len(qt_libs.plugin_files(root)) >= 10  # the patterns still match the wheel's layout
    assert qt_libs.unresolved(root) == {}


def test_without_a_display_the_console_says_so_and_exits_2() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "console", "--demo"], env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert proc.returncode == 2  # not 134 (abort) with a core dump
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "no X display (DISPLAY is not set)" in lines[0]
    assert "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert "--screenshot" in lines[0]


def test_qt_messages_go_to_the_log_and_known_noise_is_quiet(caplog: pytest.LogCaptureFixture) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from console.qt import messages

    previous = messages.install()
    try:
        with caplog.at_level(logging.DEBUG, logger="qt"):
            qWarning("something Qt did not like")
            qWarning("PulseAudioService: pa_context_connect() failed")
    finally:
        qInstallMessageHandler(previous)
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("qt", logging.WARNING, "something Qt did not like"),
        ("qt", logging.DEBUG, "PulseAudioService: pa_context_connect() failed")]
