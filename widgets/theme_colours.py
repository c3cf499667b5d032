"""The console's two colour themes, without Qt: every colour the window's style sheet, palette, charts and tables
use, named once (see :mod:`widgets.theme` for the one in use).

Severity colours keep their meaning in both themes (green ok, amber at risk, red breached, grey stale) and are
always paired with a symbol. The wall display has its own dark style (resources/themes/dark.qss).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    """Colours as ``#rrggbb``, by role. ``series``: chart lines in order, each 3:1 on the window (WCAG non-text
    contrast) and apart from the others for readers with a red or green colour deficiency."""

    name: str
    # The palette: windows, input fields and tables, buttons, selection, tooltips, links, disabled text.
    window: str
    window_text: str
    base: str
    alt_base: str
    text: str
    placeholder: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    tooltip_base: str
    tooltip_text: str
    link: str
    disabled_text: str
    light: str
    midlight: str
    mid: str
    dark: str
    shadow: str
    # The style sheet: tiles, tables, headers, secondary text.
    tile: str
    border: str
    grid: str
    header: str
    header_text: str
    title_text: str
    value_text: str
    caption_text: str
    secondary_text: str
    faint: str
    # Severity: the tile's bar, its background and its number; table text for breached and at-risk rows.
    ok_bar: str
    ok_text: str
    warn_bar: str
    warn_bg: str
    warn_text: str
    bad_bar: str
    bad_bg: str
    bad_text: str
    stale_bg: str
    banner_bg: str
    banner_text: str
    banner_border: str
    # The outcome of an action on the rebalance page.
    busy_bg: str
    done_bar: str
    done_bg: str
    done_text: str
    partial_bar: str
    partial_bg: str
    partial_text: str
    failed_bar: str
    failed_bg: str
    failed_text: str
    # Charts (their background is the window's).
    chart_text: str
    axis_text: str
    axis_line: str
    chart_grid: str
    label_fill: str
    series: tuple[str, ...]
    # Marks in text: search hits, the turn being played, a wide disagreement in calibration, an internal note.
    mark_bg: str
    mark_current_bg: str
    mark_turn_bg: str
    mark_text: str
    wide_bg: str
    note_bg: str


LIGHT = Theme(
    name="light",
    window="#efefef", window_text="#000000", base="#ffffff", alt_base="#f9fafb", text="#000000",
    placeholder="#6b7280", button="#efefef", button_text="#000000", highlight="#2a6fae", highlighted_text="#ffffff",
    tooltip_base="#ffffdc", tooltip_text="#000000", link="#0000ff", disabled_text="#bebebe",
    light="#ffffff", midlight="#cacaca", mid="#b8b8b8", dark="#9f9f9f", shadow="#767676",
    tile="#ffffff", border="#d0d5dd", grid="#eaecf0", header="#f2f4f7", header_text="#344054",
    title_text="#475467", value_text="#101828", caption_text="#667085", secondary_text="#344054", faint="#98a2b3",
    ok_bar="#2e7d32", ok_text="#1b5e20",
    warn_bar="#b26a00", warn_bg="#fff8e1", warn_text="#8a4b00",
    bad_bar="#c62828", bad_bg="#ffebee", bad_text="#b71c1c",
    stale_bg="#f2f4f7", banner_bg="#fff3cd", banner_text="#664d03", banner_border="#ffe69c",
    busy_bg="#f2f4f7", done_bar="#1a7f37", done_bg="#e6f4ea", done_text="#0b4f2a",
    partial_bar="#b54708", partial_bg="#fff4e5", partial_text="#5c3c00",
    failed_bar="#b42318", failed_bg="#fdecea", failed_text="#7a1010",
    chart_text="#344054", axis_text="#475467", axis_line="#98a2b3", chart_grid="#dde1e7", label_fill="#ffffff",
    series=("#0072B2", "#D55E00", "#00855F", "#B8458C", "#6A3FD0", "#2D8FA5", "#8C6D1F", "#666666"),
    mark_bg="#ffe082", mark_current_bg="#ffb74d", mark_turn_bg="#dbe9ff", mark_text="#000000", wide_bg="#ffd7d2",
    note_bg="#fff4cc",
)

DARK = Theme(
    name="dark",
    window="#161b22", window_text="#e6edf3", base="#0d1117", alt_base="#131922", text="#e6edf3",
    placeholder="#8b949e", button="#21262d", button_text="#e6edf3", highlight="#1f5fbf", highlighted_text="#ffffff",
    tooltip_base="#2d333b", tooltip_text="#e6edf3", link="#58a6ff", disabled_text="#6e7681",
    light="#3d444d", midlight="#30363d", mid="#262c34", dark="#0a0d12", shadow="#000000",
    tile="#0d1117", border="#30363d", grid="#262c34", header="#21262d", header_text="#c9d1d9",
    title_text="#b1bac4", value_text="#f0f6fc", caption_text="#9da7b3", secondary_text="#c9d1d9", faint="#6e7681",
    ok_bar="#3fb950", ok_text="#56d364",
    warn_bar="#d29922", warn_bg="#2b2106", warn_text="#f5b83d",
    bad_bar="#f85149", bad_bg="#3a1418", bad_text="#ff8a80",
    stale_bg="#161b22", banner_bg="#3d2e00", banner_text="#f2d680", banner_border="#6b5200",
    busy_bg="#21262d", done_bar="#2ea043", done_bg="#0f2a1a", done_text="#7ee2a8",
    partial_bar="#d29922", partial_bg="#2e2106", partial_text="#f5c06b",
    failed_bar="#f85149", failed_bg="#3a1214", failed_text="#ffa198",
    chart_text="#e6edf3", axis_text="#c9d1d9", axis_line="#6e7681", chart_grid="#30363d", label_fill="#161b22",
    series=("#56B4E9", "#E69F00", "#2fc59a", "#E08FC0", "#8fb8ff", "#FF7F3F", "#F0E442", "#b0b0b0"),
    mark_bg="#ffe082", mark_current_bg="#ffb74d", mark_turn_bg="#26384f", mark_text="#000000", wide_bg="#5c1f1a",
    note_bg="#332b10",
)

# The wall's chart lines (Okabe-Ito, bright on the wall's own dark background): too faint on a light window.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")

THEMES = {theme.name: theme for theme in (LIGHT, DARK)}
