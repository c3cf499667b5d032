"""The console window's theme: light, dark, or the system's (View > Theme), applied live without a restart.

One style sheet template (resources/themes/console.qss) filled from the theme's colours (widgets/theme_colours.py), the
application palette from the same colours, and the charts, tables and transcript marks following
``widgets.theme``. "Follow the system" reads Qt's colour scheme and follows its changes; where the platform does
not say (Unknown), it is light.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from string import Template

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from console.infra.resources import RESOURCES
from widgets import theme as themes
from widgets.theme import DARK, LIGHT, Theme

TEMPLATE = RESOURCES / "themes" / "console.qss"
MODES = ("system", "light", "dark")  # the choices in View > Theme; "system" is the default
Role = QPalette.ColorRole


def resolve(mode: str, scheme: Qt.ColorScheme) -> Theme:
    """The theme for ``mode`` ("system", "light" or "dark") when the platform's colour scheme is ``scheme``."""
    if mode == "dark" or (mode == "system" and scheme == Qt.ColorScheme.Dark):
        return DARK
    return LIGHT


def style_sheet(theme: Theme) -> str:
    """The window's style sheet in ``theme``'s colours (a name the theme lacks raises KeyError)."""
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(asdict(theme))


def palette(theme: Theme) -> QPalette:
    """Qt's palette in ``theme``'s colours: what dialogs, menus, tooltips, tables and the status bar draw with."""
    pal = QPalette()
    roles = {Role.Window: theme.window, Role.WindowText: theme.window_text, Role.Base: theme.base,
             Role.AlternateBase: theme.alt_base, Role.Text: theme.text, Role.PlaceholderText: theme.placeholder,
             Role.Button: theme.button, Role.ButtonText: theme.button_text, Role.BrightText: theme.highlighted_text,
             Role.Highlight: theme.highlight, Role.HighlightedText: theme.highlighted_text,
             Role.ToolTipBase: theme.tooltip_base, Role.ToolTipText: theme.tooltip_text, Role.Link: theme.link,
             Role.LinkVisited: theme.link, Role.Light: theme.light, Role.Midlight: theme.midlight,
             Role.Mid: theme.mid, Role.Dark: theme.dark, Role.Shadow: theme.shadow}
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled_text))
    return pal


class ThemeController(QObject):
    """Keeps the application in the theme of ``mode``; in "system" mode it follows the platform's changes.

    ``save`` is called with the mode the user picks (:meth:`choose`), to remember it for the next start.
    """

    def __init__(self, app: QApplication, mode: str | None, save: Callable[[str], object] | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.mode = mode if mode in MODES else "system"
        self.save = save
        self.theme: Theme | None = None
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _: self.apply())
        self.apply()

    def choose(self, mode: str) -> None:
        """The user picked ``mode``: apply it now and remember it."""
        self.mode = mode if mode in MODES else "system"
        self.apply()
        if self.save is not None:
            self.save(self.mode)

    def apply(self) -> None:
        """Put the application in the theme the mode calls for (nothing happens if it is already in it)."""
        theme = resolve(self.mode, QGuiApplication.styleHints().colorScheme())
        if theme is self.theme:
            return
        self.theme = theme
        themes.set_current(theme)  # charts, tables and marks restyle themselves
        self.app.setPalette(palette(theme))
        self.app.setStyleSheet(style_sheet(theme))
