"""The console's themes, from their definitions (widgets/theme_colours.py, resources/themes/console.qss): text is
readable on its background in both (WCAG AA), chart lines stand out on the dark window, severity colours mean the
same in both, and the style sheet names only colours a theme defines."""

from __future__ import annotations

import colorsys
import re
from dataclasses import fields
from pathlib import Path

import pytest

from widgets.theme_colours import DARK, LIGHT, THEMES, Theme

TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "themes" / "console.qss"
BODY_TEXT = 4.5  # WCAG 2.1 AA, text of normal size
GRAPHICS = 3.0  # WCAG 2.1 non-text contrast (1.4.11): lines of a chart

# (text, background): every pair the window draws text with, named by the theme's roles.
TEXT_PAIRS = [
    ("window_text", "window"), ("text", "base"), ("text", "alt_base"), ("placeholder", "base"),
    ("button_text", "button"), ("highlighted_text", "highlight"), ("tooltip_text", "tooltip_base"),
    ("link", "base"), ("title_text", "tile"), ("value_text", "tile"), ("caption_text", "tile"),
    ("ok_text", "tile"), ("warn_text", "warn_bg"), ("bad_text", "bad_bg"), ("header_text", "header"),
    ("secondary_text", "window"), ("banner_text", "banner_bg"), ("secondary_text", "busy_bg"),
    ("done_text", "done_bg"), ("partial_text", "partial_bg"), ("failed_text", "failed_bg"),
    ("bad_text", "base"), ("bad_text", "alt_base"), ("warn_text", "base"), ("warn_text", "alt_base"),
    ("chart_text", "window"), ("axis_text", "window"), ("chart_text", "label_fill"),
    ("mark_text", "mark_bg"), ("mark_text", "mark_current_bg"), ("text", "mark_turn_bg"), ("text", "wide_bg"),
    ("text", "note_bg"),
]


def luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def hue(colour: str) -> float:
    return 360 * colorsys.rgb_to_hls(*(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)))[0]


def test_contrast_arithmetic() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-failing grey


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES)
def test_text_is_readable_on_its_background(theme: Theme) -> None:
    low = {f"{fg} on {bg}": round(contrast(getattr(theme, fg), getattr(theme, bg)), 2) for fg, bg in TEXT_PAIRS
           if contrast(getattr(theme, fg), getattr(theme, bg)) < BODY_TEXT}
    assert not low, f"{theme.name}: under {BODY_TEXT}:1: {low}"


def test_chart_lines_stand_out_on_the_dark_window() -> None:
    # The light theme keeps the approved Okabe-Ito order (its yellow and grey are faint on white).
    faint = {c: round(contrast(c, DARK.window), 2) for c in DARK.series if contrast(c, DARK.window) < GRAPHICS}
    assert not faint
    assert len(set(DARK.series)) == len(DARK.series) == len(LIGHT.series)


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES)
def test_severity_colours_keep_their_meaning(theme: Theme) -> None:
    for role in ("ok_text", "ok_bar", "done_text", "done_bar"):  # green
        assert 90 <= hue(getattr(theme, role)) <= 160, role
    for role in ("warn_text", "warn_bar", "partial_text", "partial_bar"):  # amber
        assert 20 <= hue(getattr(theme, role)) <= 50, role
    for role in ("bad_text", "bad_bar", "failed_text", "failed_bar"):  # red
        assert hue(getattr(theme, role)) <= 15 or hue(getattr(theme, role)) >= 345, role


def test_the_style_sheet_names_only_theme_colours() -> None:
    text = TEMPLATE.read_text(encoding="utf-8")
    names = set(re.findall(r"\$\{(\w+)\}", text))
    assert names <= {f.name for f in fields(Theme)}
    assert len(names) >= 20  # the sheet takes its colours from the table, not copies of them
    assert not re.findall(r"#[0-9a-fA-F]{3,6}\b", re.sub(r"/\*.*?\*/", "", text, flags=re.S))  # no colour outside it
