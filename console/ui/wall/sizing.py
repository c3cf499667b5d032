"""Type sizes for a wall display, from the height of the screen the wall fills.

The rule (docs/wall.md has the reasoning): every text is sized by the angle its capital letters subtend for a
reader 5 m from a 55" 16:9 screen (685 mm tall). Secondary text (titles, captions, header, chart ticks and
legends) gets at least 0.3 degrees (26 mm cap height), the clock 0.4 degrees, and the main numbers at least
0.52 degrees (45 mm); a number grows to fill its tile and shrinks only to fit it, never below 0.35 degrees.
Sizes are in logical pixels, so a 4K screen at a device pixel ratio of 2 gets the same physical size as one at 1.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

CAP_HEIGHT_EM = 0.71  # cap height of Noto Sans Bold (the default sans here) per pixel of font size
READING_DISTANCE_MM = 5000.0
SCREEN_HEIGHT_MM = 685.0  # a 55" 16:9 screen
TEXT_DEG = 0.30  # the least any text on the wall subtends (cap height) at the reading distance
CLOCK_DEG = 0.40
VALUE_DEG = 0.52  # the main numbers, when they fit their tile
VALUE_MIN_DEG = 0.35  # the least a main number that would not fit may shrink to


def cap_share(degrees: float) -> float:
    """The cap height, as a share of the screen height, that subtends ``degrees`` at the reading distance."""
    return 2 * READING_DISTANCE_MM * math.tan(math.radians(degrees) / 2) / SCREEN_HEIGHT_MM


def degrees_of(cap_px: float, screen_px: int) -> float:
    """The angle a cap height of ``cap_px`` on a screen ``screen_px`` tall subtends at the reading distance."""
    mm = cap_px / screen_px * SCREEN_HEIGHT_MM
    return math.degrees(2 * math.atan(mm / 2 / READING_DISTANCE_MM))


VALUE_CAP = cap_share(VALUE_DEG)  # about 6.6 % of the screen height
VALUE_CAP_MIN = cap_share(VALUE_MIN_DEG)


@dataclass(frozen=True)
class TypeScale:
    """Font pixel sizes for one screen height."""

    value: int  # the main numbers, at least (they grow to fill their tile)
    value_min: int  # the smallest a main number may shrink to
    title: int  # tile titles
    caption: int  # the line under a number
    clock: int  # the header's clock
    header: int  # page title, connection state, "last updated"
    axis: int  # chart ticks and legends
    margin: int  # room around and between tiles


def _font_px(height: int, degrees: float) -> int:
    return math.ceil(height * cap_share(degrees) / CAP_HEIGHT_EM)


def scale_for(height_px: int) -> TypeScale:
    """The sizes for a wall ``height_px`` logical pixels tall."""
    h = max(height_px, 360)
    text = _font_px(h, TEXT_DEG)
    return TypeScale(
        value=_font_px(h, VALUE_DEG), value_min=_font_px(h, VALUE_MIN_DEG), title=text, caption=text,
        clock=_font_px(h, CLOCK_DEG), header=text, axis=text, margin=round(h * 0.011))
