"""What the console needs to start: the system libraries of Qt's plugins, a display, a quiet log."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from console import qt_libs

LDD_ON_A_BARE_ROOT = """\
\tlinux-vdso.so.1 (0x00007ffd8a5f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f0c5e000000)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0c5dc00000)
\tlibfoo-unheard-of.so.3 => not found
"""


def test_every_plugin_the_console_loads_resolves() -> None:
    """After ./dev setup, no plugin the console loads has an unresolved library (Qt would skip it or abort)."""
    root = qt_libs.plugins_dir()
    assert root is not None
    assert (root / "platforms" / "libqxcb.so").exists()
    assert len(qt_libs.plugin_files(root)) >= 10  # the patterns still match the wheel's layout
    assert qt_libs.unresolved(root) == {}


def test_unresolved_libraries_map_to_debian_packages() -> None:
    missing = qt_libs.not_found(LDD_ON_A_BARE_ROOT)
    assert missing == {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libfoo-unheard-of.so.3"}
    assert qt_libs.packages_for(missing) == (["libxcb-cursor0", "libxkbcommon-x11-0"], ["libfoo-unheard-of.so.3"])


def test_display_problems_are_named() -> None:
    assert qt_libs.display_problem({}) == "no X display (DISPLAY is not set)"
    assert qt_libs.display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert qt_libs.display_problem({"QT_QPA_PLATFORM": "wayland"}) == "no Wayland display (WAYLAND_DISPLAY is not set)"
    with socket.socket() as s:  # a TCP port nobody listens on: an X display that is not there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    if port >= 6000:
        assert qt_libs.display_problem({"DISPLAY": f"127.0.0.1:{port - 6000}"}) == (
            f"no X server answers on DISPLAY=127.0.0.1:{port - 6000}")


def test_a_listening_x_socket_counts_as_a_display(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        if port < 6000:
            pytest.skip(f"the free port {port} is below X's range")
        assert qt_libs.x_server_reachable(f"127.0.0.1:{port - 6000}")


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

    from console import qt_log

    previous = qt_log.install()
    try:
        with caplog.at_level(logging.DEBUG, logger="qt"):
            qWarning("something Qt did not like")
            qWarning("PulseAudioService: pa_context_connect() failed")
    finally:
        qInstallMessageHandler(previous)
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("qt", logging.WARNING, "something Qt did not like"),
        ("qt", logging.DEBUG, "PulseAudioService: pa_context_connect() failed")]
