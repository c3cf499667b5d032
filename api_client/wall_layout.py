"""The wall's layout: a playlist of pages, each a grid of tiles (KPI numbers, charts, agent load).

JSON, decoded and type-checked by msgspec; then checked for sense (tiles inside their grid, no overlaps).
Every error names the field at fault, e.g. ``$.pages[1].tiles[2].metric``. See docs/wall.md for the format.
One definition for the console's wall (a file, or the centre's shared layout) and for the servers that keep the
shared one (``PUT /settings/wall_layout``).
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

Metric = Literal["waiting", "longest_wait", "service_level", "breached", "at_risk", "agents_available", "csat",
                 "backlog", "occupancy", "asa", "abandonment"]
ChartKind = Literal["waiting", "risk", "service_level", "flow"]
Cell = Annotated[int, msgspec.Meta(ge=0, le=11)]
Span = Annotated[int, msgspec.Meta(ge=1, le=12)]


class _Tile(msgspec.Struct, forbid_unknown_fields=True, tag_field="type", kw_only=True):
    at: tuple[Cell, Cell]
    """(row, column) of the tile's top-left cell, from 0."""
    span: tuple[Span, Span] = (1, 1)
    """(rows, columns) the tile covers."""


class KpiTile(_Tile, tag="kpi"):
    """One big number with its threshold colour and symbol; ``queue`` narrows it to one queue (by id)."""

    metric: Metric
    queue: str | None = None
    title: str | None = None  # shown instead of the metric's name (e.g. a queue's name in Chinese)


class ChartTile(_Tile, tag="chart"):
    """A live chart from the history over the last ``hours``; ``queues`` narrows it (ids; empty: all)."""

    chart: ChartKind
    hours: Annotated[float, msgspec.Meta(gt=0, le=24)] = 1.0
    queues: list[str] = msgspec.field(default_factory=list)


class AgentsTile(_Tile, tag="agents"):
    """Agent load bars, per team (readable from across the room) or per agent."""

    by: Literal["team", "agent"] = "team"


Tile = KpiTile | ChartTile | AgentsTile


class Page(msgspec.Struct, forbid_unknown_fields=True):
    title: str
    rows: Annotated[int, msgspec.Meta(ge=1, le=12)]
    columns: Annotated[int, msgspec.Meta(ge=1, le=12)]
    tiles: Annotated[list[Tile], msgspec.Meta(min_length=1)]
    seconds: Annotated[float, msgspec.Meta(ge=5)] | None = None  # this page's time on screen (else the layout's)


class Layout(msgspec.Struct, forbid_unknown_fields=True):
    pages: Annotated[list[Page], msgspec.Meta(min_length=1)]
    seconds: Annotated[float, msgspec.Meta(ge=5)] = 20.0  # each page's time on screen
    flash_s: Annotated[float, msgspec.Meta(ge=0)] = 10.0  # a tile that turns red flashes this long (0: never)
    sound: bool = False  # a chime when a tile turns red


class LayoutError(ValueError):
    """The layout file cannot be used; the message names the file and the field."""


def parse(data: bytes | str, source: str = "layout") -> Layout:
    """Decode and check a layout; raises :class:`LayoutError` naming the bad field."""
    try:
        layout = msgspec.json.decode(data, type=Layout)
    except msgspec.ValidationError as exc:
        raise LayoutError(f"{source}: {exc}") from None
    except msgspec.DecodeError as exc:
        raise LayoutError(f"{source}: not valid JSON: {exc}") from None
    for p, page in enumerate(layout.pages):
        taken: dict[tuple[int, int], int] = {}
        for t, tile in enumerate(page.tiles):
            where = f"$.pages[{p}].tiles[{t}]"
            (row, col), (rows, cols) = tile.at, tile.span
            if row + rows > page.rows or col + cols > page.columns:
                raise LayoutError(f"{source}: {where}.at/span: the tile reaches past the page's grid of "
                                  f"{page.rows} rows x {page.columns} columns")
            for cell in ((r, c) for r in range(row, row + rows) for c in range(col, col + cols)):
                if cell in taken:
                    raise LayoutError(f"{source}: {where}.at: overlaps $.pages[{p}].tiles[{taken[cell]}]")
                taken[cell] = t
    return layout
