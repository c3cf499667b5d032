"""The agent load board: one row per agent (team, state, time in state, load bar, skills, tickets) in a
model/view table that stays fast with thousands of agents, and takes tickets dropped on a row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from widgets import theme as themes
from widgets.load_bars import STATE_COLOURS

TICKETS_MIME = "application/x-supervisor-console-tickets"
Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
LOAD_COLUMN = 4
OFFLINE_TEXT = "#7a7f87"  # an offline agent's row: greyed, still readable


@dataclass(frozen=True, slots=True)
class BoardRow:
    """One agent on the board; texts are already translated by the caller."""

    agent_id: str
    name: str
    team: str
    state: str  # the API code (picks the colour)
    state_text: str
    in_state: str
    active: int
    capacity: int
    skills: str
    tickets: str
    capacity_note: str = ""  # where the capacity comes from (the load's tooltip)

    @property
    def load(self) -> float:
        return self.active / self.capacity if self.capacity else (1.0 if self.active else 0.0)


def encode_tickets(ids: Sequence[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(TICKETS_MIME, QByteArray(",".join(str(i) for i in ids).encode()))
    return mime


def decode_tickets(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(TICKETS_MIME):
        return []
    raw = bytes(mime.data(TICKETS_MIME).data()).decode()
    return [int(p) for p in raw.split(",") if p.strip().isdigit()]


TEXT_COLUMNS = frozenset({0, 1, 2, 5, 6})  # team, agent, state, skills, tickets: a tooltip with the whole text
SKILLS_COLUMN = 5
IN_STATE_COLUMN = 3
LOAD_COLUMN = 4
FIT_SAMPLE = 300  # rows measured when fitting the columns
GIVE_WAY = (6, 5, 0, 1)  # tickets, skills, team, agent: the columns that narrow first in a narrow view


class AgentBoardModel(QAbstractTableModel):
    """Rows of :class:`BoardRow`; replaced wholesale on refresh (cheap: no per-agent widgets)."""

    COLUMNS = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BoardRow] = []
        self.headers = [""] * self.COLUMNS

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(r, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == LOAD_COLUMN:
            return r.capacity_note or None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in TEXT_COLUMNS:
            return self.text(r, index.column()) or None  # the whole text where the cell elides it
        if role == Qt.ItemDataRole.UserRole:
            return r.agent_id
        if role == Qt.ItemDataRole.ForegroundRole and r.state == "offline":
            return QColor(OFFLINE_TEXT)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            colour = QColor(STATE_COLOURS.get(r.state, themes.current().secondary_text))
            return colour.lighter(130) if themes.current() is themes.DARK else colour.darker(130)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def text(r: BoardRow, column: int) -> str:
        """The text of ``r`` in ``column``."""
        return (r.team, r.name, r.state_text, r.in_state, f"{r.active}/{r.capacity}", r.skills, r.tickets)[column]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def set_headers(self, headers: Sequence[str]) -> None:
        self.headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def set_rows(self, rows: list[BoardRow]) -> None:
        """New rows; when the agents are the same ones in the same order only the cells repaint."""
        if [r.agent_id for r in rows] == [r.agent_id for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.COLUMNS - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, agent_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.agent_id == agent_id), -1)


class LoadBarDelegate(QStyledItemDelegate):
    """Paints load against capacity as a bar: green within capacity, orange full, vermilion over it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        row: BoardRow = model.rows[index.row()]  # type: ignore[attr-defined]
        super().paint(painter, option, QModelIndex())  # background and selection only
        text = f"{row.active}/{row.capacity}"
        text_w = option.fontMetrics.horizontalAdvance("99/99") + 6
        cell: QRect = option.rect
        rect = QRect(cell.left() + 4, cell.top() + 5, max(8, cell.width() - text_w - 8), cell.height() - 10)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        theme = themes.current()
        painter.setBrush(QColor(theme.grid))
        painter.drawRect(rect)
        share = min(row.load, 1.5) / 1.5
        colour = STATE_COLOURS["overloaded"] if row.load > 1 else "#E69F00" if row.load == 1 else "#009E73"
        painter.setBrush(QColor(colour))
        painter.drawRect(QRect(rect.left(), rect.top(), int(rect.width() * share), rect.height()))
        full = rect.left() + int(rect.width() / 1.5)  # where capacity is
        painter.setPen(QColor(theme.secondary_text))
        painter.drawLine(full, rect.top() - 2, full, rect.bottom() + 2)
        painter.setPen(QColor(theme.value_text))
        painter.drawText(QRect(rect.right() + 4, cell.top(), text_w, cell.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()


class AgentBoard(QTableView):
    """The board's view: drop tickets on an agent's row to give them to that agent."""

    tickets_dropped = Signal(str, list)
    """(agent id, ticket ids) dropped on that agent's row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = AgentBoardModel(self)
        self.setModel(self.board)
        self.setObjectName("AgentBoard")
        self.setItemDelegateForColumn(LOAD_COLUMN, LoadBarDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.board.modelReset.connect(self.fit_columns)  # other agents
        self.board.headerDataChanged.connect(self.fit_columns)  # another language
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its header and its widest text (the first rows of a big board); where the view is
        narrower, the tickets, skills, team and agent columns give way in that order down to a few letters (the
        cell elides, its tooltip has it whole); where wider, the skills column takes the rest."""
        header = self.horizontalHeader()
        fm, head = self.fontMetrics(), header.fontMetrics()
        em = fm.horizontalAdvance("M")
        rows = self.board.rows[:FIT_SAMPLE]
        need = []
        for col in range(AgentBoardModel.COLUMNS):
            widest = max((fm.horizontalAdvance(AgentBoardModel.text(r, col)) for r in rows), default=0)
            floor = em * {LOAD_COLUMN: 8, IN_STATE_COLUMN: 7}.get(col, 3)  # a bar to read, a time that grows
            need.append(max(floor, widest + em, head.horizontalAdvance(self.board.headers[col]) + 2 * em))
        spare = self.viewport().width() - sum(need)
        for col in GIVE_WAY:
            if spare >= 0:
                break
            give = min(-spare, max(0, need[col] - em * 6))
            need[col] -= give
            spare += give
        if spare > 0:
            need[SKILLS_COLUMN] += spare
        for col, width in enumerate(need):
            header.resizeSection(col, width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(TICKETS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        if event.mimeData().hasFormat(TICKETS_MIME) and index.isValid():
            self.setCurrentIndex(index)  # show which agent the tickets would go to
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        ids = decode_tickets(event.mimeData())
        if not index.isValid() or not ids:
            event.ignore()
            return
        event.acceptProposedAction()
        self.tickets_dropped.emit(self.board.rows[index.row()].agent_id, ids)


class TicketDragSource(QObject):
    """Lets the selected rows of an item view be dragged out as ticket ids (``ids()`` gives them)."""

    def __init__(self, view: QAbstractItemView, ids: Callable[[], list[int]]) -> None:
        super().__init__(view)
        self._view, self._ids = view, ids
        self._press: QPoint | None = None
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if isinstance(event, QMouseEvent):
            if event.type() == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
                self._press = event.position().toPoint()
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._press = None
            elif (event.type() == QEvent.Type.MouseMove and self._press is not None
                  and event.buttons() & Qt.MouseButton.LeftButton
                  and (event.position().toPoint() - self._press).manhattanLength()
                  >= QApplication.startDragDistance()):
                ids = self._ids()
                self._press = None
                if ids:
                    drag = QDrag(self._view)
                    drag.setMimeData(encode_tickets(ids))
                    drag.exec(Qt.DropAction.MoveAction)
                    return True
        return super().eventFilter(watched, event)
