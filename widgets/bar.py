"""One bar of the agent load bars, as data: no Qt here, so the console's Qt-free logic can build bars."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    """One bar: ``active`` of ``capacity``; ``state`` picks the colour (overloaded wins)."""

    key: str
    label: str
    active: float
    capacity: float
    state: str
