"""Chinese needs a CJK font (fonts-noto-cjk): the console notices when fontconfig has none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = ("from PySide6.QtWidgets import QApplication; app = QApplication([]); "
         "from console.qt.i18n import has_font_for; "
         "print(has_font_for('zh_CN'), has_font_for('zh_TW'), has_font_for('en'))")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def probe(env: dict[str, str]) -> str:
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60,
                            cwd=ROOT, check=True)
    return result.stdout.strip()


def test_the_installed_cjk_font_is_found() -> None:
    assert probe(dict(os.environ)) == "True True True"


@pytest.mark.skipif(not DEJAVU.is_dir(), reason="needs DejaVu fonts to build a font set without Chinese")
def test_without_a_cjk_font_chinese_is_reported_missing(tmp_path: Path) -> None:
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    f'<dir>{DEJAVU}</dir><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>', encoding="utf-8")
    assert probe(dict(os.environ, FONTCONFIG_FILE=str(conf))) == "False False True"
