"""Green/amber/red thresholds for the KPI tiles, overridable in a JSON file in the config dir."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from widgets.severity import Severity

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Threshold:
    """Amber from ``amber``, red from ``red``; for "higher is better" metrics the comparisons flip."""

    amber: float
    red: float
    higher_is_better: bool = False

    def severity(self, value: float | None) -> Severity:
        if value is None:
            return Severity.NEUTRAL
        if self.higher_is_better:
            return Severity.BAD if value <= self.red else Severity.WARN if value < self.amber else Severity.OK
        return Severity.BAD if value >= self.red else Severity.WARN if value >= self.amber else Severity.OK


DEFAULTS: dict[str, Threshold] = {
    "waiting": Threshold(10, 30),
    "longest_wait": Threshold(120, 600),  # seconds
    "service_level": Threshold(0.80, 0.70, higher_is_better=True),
    "breached": Threshold(1, 10),
    "at_risk": Threshold(5, 20),
    # Nobody free is a busy centre, not a failure: amber, never red by default (the waiting and longest-wait
    # tiles say when customers suffer). A tile that is red most of a normal day teaches people to ignore red.
    "agents_available": Threshold(1, -1, higher_is_better=True),
    "csat": Threshold(0.80, 0.70, higher_is_better=True),
}


def config_path() -> Path:
    return Path(platformdirs.user_config_dir("supervisor-console")) / "thresholds.json"


def load(path: Path | None = None) -> tuple[dict[str, Threshold], str | None]:
    """The thresholds, with any valid overrides from ``path``; plus a message if the file was refused.

    File format: {"waiting": {"amber": 10, "red": 30}, "service_level": {"amber": 0.8, "red": 0.7}, ...}
    """
    path = path or config_path()
    result = dict(DEFAULTS)
    if not path.exists():
        return result, None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("the file must hold a JSON object")
        for key, value in data.items():
            if key not in DEFAULTS:
                raise ValueError(f"unknown metric {key!r} (known: {', '.join(DEFAULTS)})")
            amber, red = float(value["amber"]), float(value["red"])
            base = DEFAULTS[key]
            if (red < amber) != base.higher_is_better and red != amber:
                raise ValueError(f"{key}: red must be {'below' if base.higher_is_better else 'above'} amber")
            result[key] = Threshold(amber, red, base.higher_is_better)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        message = f"Ignoring {path}: {exc}"
        log.warning(message)
        return dict(DEFAULTS), message
    return result, None
