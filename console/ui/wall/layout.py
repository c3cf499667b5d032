"""The wall's layout file: where it comes from, and the shipped pages' titles in the user's language. The format
and its checks are :mod:`api_client.wall_layout`'s (shared with the servers that keep a centre's layout)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from api_client.wall_layout import (  # noqa: F401 - the wall's names for the format
    AgentsTile,
    ChartTile,
    KpiTile,
    Layout,
    LayoutError,
    Page,
    Tile,
    parse,
)
from console.infra.resources import RESOURCES

DEFAULT_PATH = RESOURCES / "wall" / "default-layout.json"


def load(path: Path | None = None) -> Layout:
    """The layout in ``path`` (default: the shipped playlist); raises :class:`LayoutError`."""
    path = path or DEFAULT_PATH
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LayoutError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return parse(data, str(path))


def page_title(title: str) -> str:
    """The shipped pages' titles in the user's language; a supervisor's own title as written."""
    known = {
        "Overview": QCoreApplication.translate("WallLayout", "Overview"),
        "Service level per queue": QCoreApplication.translate("WallLayout", "Service level per queue"),
        "Trends": QCoreApplication.translate("WallLayout", "Trends"),
        "Agent load": QCoreApplication.translate("WallLayout", "Agent load"),
    }
    return known.get(title, title)
