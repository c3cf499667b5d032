"""The default thresholds: red means customers suffer, not that the centre is busy."""

from __future__ import annotations

from console.core.thresholds import DEFAULTS
from widgets.severity import Severity


def test_nobody_free_is_amber_never_red() -> None:
    available = DEFAULTS["agents_available"]
    assert available.severity(0) is Severity.WARN
    assert available.severity(1) is Severity.OK
    assert all(available.severity(n) is not Severity.BAD for n in range(0, 50))


def test_red_is_reachable_where_customers_wait() -> None:
    assert DEFAULTS["waiting"].severity(30) is Severity.BAD
    assert DEFAULTS["longest_wait"].severity(600) is Severity.BAD
    assert DEFAULTS["service_level"].severity(0.5) is Severity.BAD
