"""Numbers and durations for people: 1.2k (1.2万 in Chinese), 3 min 20 s (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("format", text)


def _scales() -> list[tuple[float, str]]:
    """The current language's abbreviations, largest first; the translation carries the grouping (万 is 10⁴)."""
    words = _tr("1e3 k 1e6 M").split()
    return sorted(((float(size), unit) for size, unit in zip(words[::2], words[1::2], strict=False)), reverse=True)


def count(n: float) -> str:
    """12, 999, 1.2k, 12k, 1.5M; in Chinese 9999, 1.2万, 350万, 1.2亿."""
    n = float(n)
    for div, unit in _scales():
        if abs(n) >= div:
            v = n / div
            return f"{v:.1f}{unit}" if abs(v) < 10 else f"{v:.0f}{unit}"
    return f"{n:.0f}"


def duration(seconds: float) -> str:
    """45 s, 3 min 20 s, 2 h 5 min, 3 d 4 h; negative values as 0 s."""
    s = max(0, int(seconds))
    if s < 60:
        return _tr("%1 s").replace("%1", str(s))
    m, s = divmod(s, 60)
    if m < 60:
        return _tr("%1 min %2 s").replace("%1", str(m)).replace("%2", str(s)) if s else \
            _tr("%1 min").replace("%1", str(m))
    h, m = divmod(m, 60)
    if h < 24:
        return _tr("%1 h %2 min").replace("%1", str(h)).replace("%2", str(m))
    d, h = divmod(h, 24)
    return _tr("%1 d %2 h").replace("%1", str(d)).replace("%2", str(h))


def percent(share: float | None) -> str:
    """0.823 -> "82 %"; None (no data) -> "–", never a false 0 %."""
    return "–" if share is None else f"{share * 100:.0f} %"


def countdown(seconds: float) -> str:
    """Time left until a due time; past it, how long overdue."""
    if seconds < 0:
        return _tr("overdue %1").replace("%1", duration(-seconds))
    return duration(seconds)


def duration_or_dash(seconds: float | None) -> str:
    """A duration, or "–" when there is no data (never a false 0 s)."""
    return "–" if seconds is None else duration(seconds)
