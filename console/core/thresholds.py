"""Green/amber/red thresholds for the KPI tiles: the defaults, overridden by the centre's shared thresholds (from
the server) or a JSON file in the config dir."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from api_client import thresholds as shared
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


DEFAULTS: dict[str, Threshold] = {key: Threshold(amber, red, higher) for key, (amber, red, higher) in
                                  shared.DEFAULTS.items()}


def config_path() -> Path:
    return Path(platformdirs.user_config_dir("supervisor-console")) / "thresholds.json"


def load(path: Path | None = None) -> tuple[dict[str, Threshold], str | None]:
    """The thresholds, with any valid overrides from ``path`` (:mod:`api_client.thresholds`' format); plus a
    message if the file was refused (then the defaults)."""
    path = path or config_path()
    if not path.exists():
        return dict(DEFAULTS), None
    try:
        return from_document(json.loads(path.read_text(encoding="utf-8"))), None
    except (OSError, ValueError) as exc:
        message = f"Ignoring {path}: {exc}"
        log.warning(message)
        return dict(DEFAULTS), message


def from_document(data: object) -> dict[str, Threshold]:
    """The defaults with a thresholds document's overrides (a file's, or the centre's shared one); ValueError
    naming what is wrong."""
    result = dict(DEFAULTS)
    for key, (amber, red) in shared.parse(data).items():
        result[key] = Threshold(amber, red, DEFAULTS[key].higher_is_better)
    return result
