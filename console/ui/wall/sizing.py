"""Type sizes for a wall display, from the height of the screen the wall fills.

The rule (docs/wall.md has the reasoning): the main numbers get a cap height of 6.6 % of the screen height,
45 mm on a 55" 16:9 TV (685 mm tall), which subtends 0.52 degrees at 5 m; a number that would not fit its tile
shrinks, but not below a cap height of 4.5 % (31 mm, 0.35 degrees at 5 m). Sizes are in logical pixels, so
a 4K screen at a device pixel ratio of 2 gets the same physical size as one at 1.
"""

from __future__ import annotations

from dataclasses import dataclass

CAP_HEIGHT_EM = 0.71  # cap height of Noto Sans Bold (the default sans here) per pixel of font size
VALUE_CAP = 0.066  # main numbers: cap height as a share of the screen height ...
VALUE_CAP_MIN = 0.045  # ... and the least a number that does not fit may shrink to


@dataclass(frozen=True)
class TypeScale:
    """Font pixel sizes for one screen height."""

    value: int  # the main numbers
    value_min: int  # the smallest a main number may shrink to
    title: int  # tile titles
    caption: int  # the line under a number
    clock: int  # the header's clock
    header: int  # page title, connection state, "last updated"
    axis: int  # chart ticks and legends
    margin: int  # room around and between tiles


def scale_for(height_px: int) -> TypeScale:
    """The sizes for a wall ``height_px`` logical pixels tall."""
    h = max(height_px, 360)
    return TypeScale(
        value=round(h * VALUE_CAP / CAP_HEIGHT_EM), value_min=round(h * VALUE_CAP_MIN / CAP_HEIGHT_EM),
        title=round(h * 0.034), caption=round(h * 0.026), clock=round(h * 0.046), header=round(h * 0.03),
        axis=round(h * 0.02), margin=round(h * 0.011))
