"""The theme in use: widgets that draw with their own colours (charts, table text, transcript marks) read
:func:`current` and follow :data:`notifier`'s ``changed`` signal, so a switch applies live. The style sheet
(resources/themes/console.qss) refers to the same colours as ``$name``; console/ui/theme.py fills it in.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from widgets.theme_colours import DARK, LIGHT, OKABE_ITO, THEMES, Theme

__all__ = ["DARK", "LIGHT", "OKABE_ITO", "THEMES", "Theme", "current", "notifier", "set_current"]


class _Notifier(QObject):
    changed = Signal(object)
    """The theme now in use (a :class:`Theme`), emitted after it changed."""


notifier = _Notifier()
_current = LIGHT


def current() -> Theme:
    """The theme in use (light until the application picks one)."""
    return _current


def set_current(theme: Theme) -> None:
    """Use ``theme`` from now on; widgets listening to ``notifier.changed`` restyle themselves."""
    global _current
    if theme is not _current:
        _current = theme
        notifier.changed.emit(theme)
