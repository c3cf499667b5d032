"""Which Debian packages provide what Qt's plugins link, and when Qt could not open a window (no Qt needed)."""

from __future__ import annotations

import socket

import pytest

from console.infra import qt_libs

LDD_ON_A_BARE_ROOT = """\
\tlinux-vdso.so.1 (0x00007ffd8a5f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f0c5e000000)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0c5dc00000)
\tlibfoo-unheard-of.so.3 => not found
"""


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


def test_a_listening_x_socket_counts_as_a_display() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        if port < 6000:
            pytest.skip(f"the free port {port} is below X's range")
        assert qt_libs.x_server_reachable(f"127.0.0.1:{port - 6000}")
