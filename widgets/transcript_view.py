"""A transcript: speaker turns with times, the customer's wait before each answer (long ones highlighted),
internal notes set apart from customer-visible replies, search within the text, and a current turn that
can follow a recording's playback."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from widgets import theme as themes
from widgets.retranslatable import Retranslatable

LONG_GAP_S = 120.0
SEARCH_DELAY_MS = 200


@dataclass(frozen=True)
class TurnRow:
    """One turn as shown: ``offset_s`` from the start of the conversation, ``wait_s`` the customer's wait
    before this (agent) turn, if any, ``tip`` the text's tooltip (e.g. the text as written), if any."""

    speaker: str  # customer, agent, system
    offset_s: float
    text: str
    internal: bool = False
    wait_s: float | None = None
    tip: str = ""


def _clock(seconds: float) -> str:
    s = int(max(seconds, 0))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


class TranscriptView(Retranslatable, QWidget):
    """Read-only transcript with a search box (Ctrl+F; Enter / F3 for the next match)."""

    current_changed = Signal(int)  # the highlighted turn's index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TurnRow] = []
        self.long_gap_s = LONG_GAP_S
        self._blocks: list[tuple[int, int]] = []  # per turn: first and last block number
        self._current = -1
        self._matches: list[QTextCursor] = []
        self._match_selections: list[QTextEdit.ExtraSelection] = []
        self._match = -1

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)  # search once typing pauses: a long transcript takes a moment
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self._search(self.search.text()))
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._enter)
        self.matches_label = QLabel()
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.matches_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.text, 1)
        themes.notifier.changed.connect(self._theme_changed)
        find = QShortcut(QKeySequence.StandardKey.Find, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        again = QShortcut(QKeySequence.StandardKey.FindNext, self,
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        again.activated.connect(self.next_match)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the transcript (Ctrl+F)"))
        self.set_turns(self.rows)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ---------------------------------------------------------------- content
    def _speaker(self, row: TurnRow) -> str:
        if row.internal:
            return self.tr("Internal note")
        return {"customer": self.tr("Customer"), "agent": self.tr("Agent")}.get(row.speaker, self.tr("System"))

    def set_turns(self, rows: list[TurnRow]) -> None:
        """Show ``rows`` (replaces the previous transcript)."""
        self._search_timer.stop()
        self.rows = rows
        self._current = -1
        doc = QTextDocument(self)
        doc.setDocumentMargin(8)
        cursor = QTextCursor(doc)
        self._blocks = []
        theme = themes.current()
        head = QTextCharFormat()
        head.setFontWeight(700)
        head.setForeground(QColor(theme.placeholder))
        body = QTextCharFormat()
        body.setForeground(QColor(theme.text))
        first = True
        for row in rows:
            start = cursor.blockNumber() if first else cursor.blockNumber() + 1
            block = QTextBlockFormat()
            block.setTopMargin(0 if first else 10)
            if row.internal:
                block.setBackground(QColor(theme.note_bg))
                block.setLeftMargin(24)
            elif row.speaker == "agent":
                block.setLeftMargin(24)
            if not first:
                cursor.insertBlock(block)
            else:
                cursor.setBlockFormat(block)
            first = False
            label = f"{self._speaker(row)}  ·  {_clock(row.offset_s)}"
            cursor.insertText(label, head)
            if row.wait_s is not None:
                wait = QTextCharFormat(head)
                long = row.wait_s >= self.long_gap_s
                wait.setForeground(QColor(theme.bad_text if long else theme.placeholder))
                text = self.tr("customer waited %1").replace("%1", _clock(row.wait_s))
                cursor.insertText(f"   ⏱ {text}" + (" ⚠" if long else ""), wait)
            text_block = QTextBlockFormat(block)
            text_block.setTopMargin(2)
            cursor.insertBlock(text_block)
            if row.tip:
                said = QTextCharFormat(body)
                said.setToolTip(row.tip)
                cursor.insertText(row.text, said)
            else:
                cursor.insertText(row.text, body)
            self._blocks.append((start, cursor.blockNumber()))
        self.text.setDocument(doc)
        self._search(self.search.text())

    def _theme_changed(self) -> None:
        """Draw the transcript again in the new theme's colours, on the same turn."""
        current = self._current
        self.set_turns(self.rows)
        self._current = current if current < len(self._blocks) else -1
        self._paint()

    # ---------------------------------------------------------------- playback follow
    @property
    def current(self) -> int:
        return self._current

    def set_current(self, index: int) -> None:
        """Highlight turn ``index`` and scroll it into view (-1: none)."""
        if index == self._current or index >= len(self._blocks):
            return
        self._current = index
        self._paint()
        if index >= 0:
            first, _ = self._blocks[index]
            cursor = QTextCursor(self.text.document().findBlockByNumber(first))
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()
        self.current_changed.emit(index)

    def turn_at(self, offset_s: float) -> int:
        """The last turn that started at or before ``offset_s`` (-1 before the first)."""
        index = -1
        for i, row in enumerate(self.rows):
            if row.offset_s > offset_s:
                break
            index = i
        return index

    # ---------------------------------------------------------------- search
    def _search(self, needle: str) -> None:
        self._matches = []
        self._match_selections = []
        self._match = -1
        doc = self.text.document()
        if needle:
            found = doc.find(needle)
            while not found.isNull():
                self._matches.append(found)
                found = doc.find(needle, found)
        if needle and not self._matches:
            self.matches_label.setText(self.tr("no match"))
        elif needle:
            self.matches_label.setText(self.tr("%1 matches").replace("%1", str(len(self._matches))))
        else:
            self.matches_label.setText("")
        self._paint()
        if self._matches:
            self.next_match()

    def _enter(self) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._search(self.search.text())
        else:
            self.next_match()

    def next_match(self) -> None:
        if not self._matches:
            return
        self._match = (self._match + 1) % len(self._matches)
        self.text.setTextCursor(self._matches[self._match])
        self.text.ensureCursorVisible()
        self.matches_label.setText(self.tr("%1 of %2").replace("%1", str(self._match + 1))
                                   .replace("%2", str(len(self._matches))))
        self._paint()

    @property
    def match_count(self) -> int:
        return len(self._matches)

    def _paint(self) -> None:
        """Current turn and search matches as extra selections (the document itself stays untouched)."""
        theme = themes.current()
        selections = []
        if 0 <= self._current < len(self._blocks):
            first, last = self._blocks[self._current]
            doc = self.text.document()
            cursor = QTextCursor(doc.findBlockByNumber(first))
            cursor.setPosition(doc.findBlockByNumber(last).position() + doc.findBlockByNumber(last).length() - 1,
                               QTextCursor.MoveMode.KeepAnchor)
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor
            sel.format.setBackground(QColor(theme.mark_turn_bg))
            selections.append(sel)
        if len(self._match_selections) != len(self._matches):  # built once per search
            self._match_selections = []
            for found in self._matches:
                sel = QTextEdit.ExtraSelection()
                sel.cursor = found
                sel.format.setBackground(QColor(theme.mark_bg))
                sel.format.setForeground(QColor(theme.mark_text))
                self._match_selections.append(sel)
        selections += self._match_selections
        if 0 <= self._match < len(self._matches):
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._matches[self._match]
            sel.format.setBackground(QColor(theme.mark_current_bg))
            sel.format.setForeground(QColor(theme.mark_text))
            selections.append(sel)
        self.text.setExtraSelections(selections)
