"""How good a number is: a colour key for the theme and a symbol, so it reads without colour vision too.

No Qt here, so the console's Qt-free logic (thresholds) can grade numbers.
"""

from __future__ import annotations

from enum import Enum


class Severity(Enum):
    """Each severity has a colour and a symbol, so it reads without colour vision too."""

    NEUTRAL = ("neutral", "")
    OK = ("ok", "●")
    WARN = ("warn", "▲")
    BAD = ("bad", "■")
    STALE = ("stale", "◷")

    @property
    def key(self) -> str:
        return self.value[0]

    @property
    def symbol(self) -> str:
        return self.value[1]
