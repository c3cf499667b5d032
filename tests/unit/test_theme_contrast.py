"""The console's themes, from their definitions (widgets/theme_colours.py, resources/themes/console.qss): text is
readable on its background in both (WCAG AA), chart lines stand out on the window and from each other (also for
readers with a red or green colour deficiency), severity colours mean the same in both, and the style sheet names
only colours a theme defines."""

from __future__ import annotations

import colorsys
import itertools
import math
import re
from dataclasses import fields
from pathlib import Path

import pytest

from widgets.theme_colours import THEMES, Theme

TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "themes" / "console.qss"
BODY_TEXT = 4.5  # WCAG 2.1 AA, text of normal size
GRAPHICS = 3.0  # WCAG 2.1 non-text contrast (1.4.11): lines of a chart
APART = 5.0  # CIE76 distance two chart lines keep in normal vision and with protanopia or deuteranopia
# Protanopia and deuteranopia on linear RGB (Viénot, Brettel and Mollon 1999, as Machado et al. 2009 give it).
DEFICIENCIES = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protan": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deutan": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
}

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


def linear(colour: str) -> tuple[float, ...]:
    """``#rrggbb`` as linear RGB (sRGB's transfer function undone)."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    return tuple(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)


def luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    r, g, b = linear(colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def lab(colour: str, deficiency: str) -> tuple[float, float, float]:
    """CIELAB (D65) of ``colour`` as a reader with ``deficiency`` sees it."""
    rgb = linear(colour)
    r, g, b = (min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb, strict=True))))
               for row in DEFICIENCIES[deficiency])
    xyz = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
           (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


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


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES)
def test_chart_lines_stand_out_on_the_window(theme: Theme) -> None:
    faint = {c: round(contrast(c, theme.window), 2) for c in theme.series if contrast(c, theme.window) < GRAPHICS}
    assert not faint, f"{theme.name}: under {GRAPHICS}:1 on {theme.window}: {faint}"
    assert len(set(theme.series)) == len(theme.series) == 8


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES)
@pytest.mark.parametrize("deficiency", DEFICIENCIES)
def test_chart_lines_stay_apart_for_colour_blind_readers(theme: Theme, deficiency: str) -> None:
    close = [(a, b) for a, b in itertools.combinations(theme.series, 2)
             if math.dist(lab(a, deficiency), lab(b, deficiency)) < APART]
    assert not close, f"{theme.name}, {deficiency}: lines look alike: {close}"


def test_colour_blindness_arithmetic() -> None:
    assert lab("#ffffff", "normal") == pytest.approx((100, 0, 0), abs=0.1)
    # Pairs apart in normal vision that a deficiency brings together (the Okabe-Ito hues darkened to 3:1 on a light
    # window, which is why the light theme has its own lines).
    assert math.dist(lab("#b67e00", "normal"), lab("#d55e00", "normal")) > 25
    assert math.dist(lab("#b67e00", "deutan"), lab("#d55e00", "deutan")) < 2
    assert math.dist(lab("#b67e00", "normal"), lab("#958b0c", "normal")) > 20
    assert math.dist(lab("#b67e00", "protan"), lab("#958b0c", "protan")) < 4


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
