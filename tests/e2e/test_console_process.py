"""The console as a child process: the screenshot CLI, bad arguments, the demo simulator dies with it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.helpers.sim import START


@pytest.mark.timeout(150)  # about 10 s; its console may take up to 120 s on a loaded machine before it is a failure
def test_screenshot_cli_renders_live_numbers(tmp_path: Path) -> None:
    out = tmp_path / "out.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "console", "--demo", "--start", START, "--screenshot", str(out), "--quit-after", "8"],
        capture_output=True, text=True, timeout=120, env=env,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert "screenshot saved" in proc.stderr
    assert "Billing" in proc.stderr
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 20  # not a blank window


def test_bad_arguments_exit_with_a_message() -> None:
    proc = subprocess.run([sys.executable, "-m", "console", "--url", "http://10.1.2.3:80"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "unencrypted" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "console", "--demo", "--screenshot", "x.png"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "--quit-after" in proc.stderr


# ------------------------------------------------------------------ widgets alone


def simulator_child(parent: int) -> int | None:
    """The pid of ``parent``'s child running the simulator, from /proc."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if int(fields[1]) == parent and b"simulator" in cmdline:
            return int(stat.parent.name)
    return None


def test_demo_simulator_dies_with_a_killed_console(tmp_path: Path) -> None:
    """kill -9 of the console must not leave its simulator running."""
    import signal
    import time

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    console = subprocess.Popen([sys.executable, "-m", "console", "--demo", "--start", START],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    for line in console.stderr:  # wait until the console is connected and live, not merely starting
        if "snapshot loaded" in line:
            break
    child = simulator_child(console.pid)
    assert child is not None, "the demo simulator is not running"
    console.send_signal(signal.SIGKILL)
    console.wait(10)
    console.stderr.close()
    deadline = time.monotonic() + 10
    while Path(f"/proc/{child}").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    gone = not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2]
    assert gone, "the simulator outlived its console"
