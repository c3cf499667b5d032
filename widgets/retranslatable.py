"""The one place a widget hears of a language switch: put :class:`Retranslatable` before the Qt base class."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

# mypy sees the mixin as a QWidget so that ``super().changeEvent`` type-checks; at run time it is a plain
# mixin and the Qt class after it in the bases supplies the event handling.
if TYPE_CHECKING:
    _Base = QWidget
else:
    _Base = object


class Retranslatable(_Base):
    """Calls :meth:`on_language_change` (by default :meth:`retranslate`) on every ``LanguageChange`` event."""

    def retranslate(self) -> None:
        """Set every user-visible string again, through Qt's translation."""
        raise NotImplementedError

    def on_language_change(self) -> None:
        """What a language switch redoes; override to refresh more than the strings."""
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.on_language_change()
        super().changeEvent(event)
