"""The KPI tiles' green/amber/red thresholds as a document: ``{"waiting": {"amber": 10, "red": 30}, ...}``.

One definition for the console (its own file, or the centre's shared thresholds) and for the servers that keep
the shared ones (``PUT /settings/thresholds``). Severity itself is the console's (:mod:`console.core.thresholds`).
"""

from __future__ import annotations

from typing import Any

# metric: (amber from, red from, higher is better)
DEFAULTS: dict[str, tuple[float, float, bool]] = {
    "waiting": (10, 30, False),
    "longest_wait": (120, 600, False),  # seconds
    "service_level": (0.80, 0.70, True),
    "breached": (1, 10, False),
    "at_risk": (5, 20, False),
    # Nobody free is a busy centre, not a failure: amber, never red by default (the waiting and longest-wait
    # tiles say when customers suffer). A tile that is red most of a normal day teaches people to ignore red.
    "agents_available": (1, -1, True),
    "csat": (0.80, 0.70, True),
}


def parse(data: Any) -> dict[str, tuple[float, float]]:
    """The (amber, red) overrides a thresholds document sets; ValueError naming what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("thresholds must be a JSON object")
    result: dict[str, tuple[float, float]] = {}
    for key, value in data.items():
        if key not in DEFAULTS:
            raise ValueError(f"unknown metric {key!r} (known: {', '.join(DEFAULTS)})")
        if not isinstance(value, dict) or set(value) != {"amber", "red"}:
            raise ValueError(f"{key}: give exactly amber and red")
        amber, red = value["amber"], value["red"]
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (amber, red)):
            raise ValueError(f"{key}: amber and red must be numbers")
        higher_is_better = DEFAULTS[key][2]
        if (red < amber) != higher_is_better and red != amber:
            raise ValueError(f"{key}: red must be {'below' if higher_is_better else 'above'} amber")
        result[key] = (float(amber), float(red))
    return result
