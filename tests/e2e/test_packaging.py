"""The standalone build: PyInstaller makes the one-folder app, and the built binary runs the demo and renders.

Takes about a minute on two cores (most of it PyInstaller); ``./dev test`` installs PyInstaller so CI runs it.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import build  # noqa: E402 - packaging/build.py

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason="PyInstaller is not installed (pip install -e '.[package]'; ./dev test does)"),
]


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


@pytest.mark.timeout(600)
def test_built_app_runs_the_demo_and_renders(tmp_path: Path) -> None:
    app = build.build(tmp_path / "dist", tmp_path / "work")
    bundle = app.parent
    assert (bundle / "_internal" / "resources" / "translations" / "console_zh_CN.qm").exists()
    assert (bundle / "_internal" / "supervisor-console.desktop").exists()
    shot = tmp_path / "shot.png"
    result = build.smoke(app, shot, seconds=10, lang="zh_CN")
    assert result.returncode == 0, result.stderr[-4000:]
    assert "--run-simulator" in result.stderr  # the frozen exe started the demo centre itself
    assert "no translation" not in result.stderr
    assert "screenshot saved" in result.stderr
    assert "no data yet" not in result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
    assert distinct_colours(image) > 50  # tiles, charts and text, not a blank window
