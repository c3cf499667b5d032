"""The review workspace: the review queue, the transcript with its recording, AutoQA and the scorecard.

Everything the network or the disk does runs off the GUI thread: backend calls through the window's
TaskRunner, draft reads and writes on the page's own one-thread disk pool (in order, never behind a network
call). A draft is written a moment after every change and comes back when the interaction is opened again,
also after a crash.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import msgspec
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from api_client import models as m
from api_client.backend import Backend
from api_client.qa import review_score
from console.core.people import display_names, people
from console.core.qa import autoqa
from console.core.qa.queue import QueueItem, Session, load_queue
from console.infra.drafts import Draft, DraftStore
from console.qt import labels
from console.qt import text as fmt
from console.qt.errors import explain
from console.qt.i18n import data_language, original_tip, shown_name, shown_text
from console.qt.tasks import CancelToken, Task, TaskRunner, Tasks
from widgets.audio_player import AudioPlayer
from widgets.retranslatable import Retranslatable
from widgets.scorecard_form import ScorecardForm
from widgets.transcript_view import TranscriptView, TurnRow

log = logging.getLogger(__name__)
LONG_HANDLE_S = 600  # "long handle time": ten minutes or more
SAVE_DELAY_MS = 150  # a draft is written this long after the last change
SUBMIT_UNDO_S = 5  # a submit waits this long, undoable, before it is sent


class ReviewWorkspace(Retranslatable, QWidget):
    """Queue on the left, transcript and player in the middle, AutoQA and the scorecard on the right."""

    def __init__(self, tasks: TaskRunner | None, drafts: DraftStore | None = None,
                 agent_names: Callable[[], dict[str, str]] | None = None, parent: QWidget | None = None, *,
                 teams: Callable[[], list[tuple[str, str]]] | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.drafts = drafts or DraftStore()
        self.agent_names = agent_names or dict
        self.teams = teams or list  # the teams to filter by, with their names (from the live store)
        self._queue_task: Task | None = None
        self._disk = Tasks(self, io_workers=1, cpu_workers=0)  # draft files, in order
        self._recordings = tempfile.TemporaryDirectory(prefix="supervisor-console-recordings-")
        self._stopped = False
        self.session: Session | None = None
        self.items: list[QueueItem] = []
        self.current: QueueItem | None = None
        self._transcript_of: m.Interaction | None = None  # the interaction whose transcript is shown
        self.card: m.Scorecard | None = None
        self.draft: Draft | None = None
        self.suggestions: list[autoqa.Suggestion] = []
        self._loading = False
        self._dirty = False  # the form has changes not yet written to the draft
        self._draft_ids: set[int] = set()  # interactions with a local draft (read with the queue)
        self.calibration_id: int | None = None  # scoring in a calibration session
        self._shown_once = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_draft)
        self._names_timer = QTimer(self)
        self._names_timer.setSingleShot(True)
        self._names_timer.setInterval(2000)
        self._names_timer.timeout.connect(self._fill_queue)
        self._names_timer.timeout.connect(self._show_title)
        self._build()
        self.retranslate()

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        self.source = QComboBox()
        self.source.currentIndexChanged.connect(lambda _: self.reload())
        self.channel = QComboBox()
        self.channel.currentIndexChanged.connect(lambda _: self.reload())
        self.team = QComboBox()
        self.team.currentIndexChanged.connect(lambda _: self.reload())
        self.flags: dict[str, QCheckBox] = {}
        for key in ("low_csat", "escalated", "long_handle", "sla_breached"):
            box = QCheckBox()
            box.toggled.connect(lambda _: self.reload())
            self.flags[key] = box
        self.sample_n = QSpinBox()
        self.sample_n.setRange(1, 20)
        self.sample_n.setValue(2)
        self.sample_button = QPushButton()
        self.sample_button.clicked.connect(self.sample)
        self.assign_button = QPushButton()
        self.assign_button.clicked.connect(self.assign_current)
        self.assign_button.setVisible(False)  # supervisors
        self.queue = QTableWidget(0, 6)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.verticalHeader().setVisible(False)
        self.queue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.queue.horizontalHeader().setStretchLastSection(True)
        self.queue.itemSelectionChanged.connect(self._selected)
        self.queue_label = QLabel()

        filters = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.source, 1)
        top.addWidget(self.channel, 1)
        top.addWidget(self.team, 1)
        filters.addLayout(top)
        flags = QHBoxLayout()
        for box in self.flags.values():
            flags.addWidget(box)
        flags.addStretch(1)
        filters.addLayout(flags)
        sample = QHBoxLayout()
        sample.addWidget(self.queue_label, 1)
        sample.addWidget(self.sample_n)
        sample.addWidget(self.sample_button)
        sample.addWidget(self.assign_button)
        filters.addLayout(sample)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(filters)
        lv.addWidget(self.queue, 1)

        self.title = QLabel()
        self.title.setObjectName("InteractionTitle")
        self.title.setWordWrap(True)
        self.player = AudioPlayer()
        self.player.position_changed.connect(self._follow)
        self.player.setVisible(False)  # shown for calls
        self.transcript = TranscriptView()
        middle = QWidget()
        mv = QVBoxLayout(middle)
        mv.setContentsMargins(0, 0, 0, 0)
        mv.addWidget(self.title)
        mv.addWidget(self.player)
        mv.addWidget(self.transcript, 1)

        self.autoqa_label = QLabel()
        self.autoqa = QListWidget()
        self.autoqa.setMaximumHeight(110)
        self.autoqa.itemActivated.connect(self._accept_item)
        self.autoqa.currentItemChanged.connect(self._show_evidence)
        self.accept_all = QPushButton()
        self.accept_all.clicked.connect(self.accept_suggestions)
        self.form = ScorecardForm()
        self.form.changed.connect(self._changed)
        self.form.submit_requested.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("ReviewMessage")
        self.message.setWordWrap(True)
        self.undo_submit = QPushButton()
        self.undo_submit.clicked.connect(self.cancel_submit)
        self.undo_submit.hide()
        self._submit_timer = QTimer(self)  # a submit goes out after a short pause in which it can be taken back
        self._submit_timer.setSingleShot(True)
        self._submit_timer.setInterval(SUBMIT_UNDO_S * 1000)
        self._submit_timer.timeout.connect(self._send_submit)
        self._pending_submit: Callable[[], None] | None = None
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.autoqa_label, 1)
        head.addWidget(self.accept_all)
        rv.addLayout(head)
        rv.addWidget(self.autoqa)
        rv.addWidget(self.form, 1)
        said = QHBoxLayout()
        said.addWidget(self.message, 1)
        said.addWidget(self.undo_submit)
        rv.addLayout(said)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(middle)
        split.addWidget(right)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 4)
        split.setStretchFactor(2, 3)
        self.find_shortcuts: list[QShortcut] = []
        left.setMinimumWidth(500)
        right.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)

        for pane in (left, right):  # Ctrl+F from the list or the scorecard too (the transcript has its own)
            find = QShortcut(QKeySequence.StandardKey.Find, pane, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            find.activated.connect(self.transcript.focus_search)
            self.find_shortcuts.append(find)
        self.shortcuts: dict[str, QAction] = {}
        for name, keys, slot in (
            ("next", "Alt+Down", lambda: self.step(1)), ("previous", "Alt+Up", lambda: self.step(-1)),
            ("queue", "Alt+Q", self.queue.setFocus), ("scorecard", "Alt+S", self.form.focus_first_unrated),
            ("accept", "Ctrl+Shift+A", self.accept_suggestions), ("reload", "F5", self.reload),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.shortcuts[name] = action
        for action in self.player.shortcut_actions:
            self.addAction(action)

    def retranslate(self) -> None:
        self.undo_submit.setText(self.tr("&Undo submit"))
        if self.card is not None and len(self.form.rows) == len(self.card.categories):
            self.form.header.setText(f"<b>{self._card_title(self.card)}</b>")
            for row, c in zip(self.form.rows, self._categories(self.card), strict=True):
                row.category = c  # type: ignore[assignment]
                row.retranslate()
        for find in self.find_shortcuts:
            find.setWhatsThis(self.tr("Search the transcript"))
        keep = self.source.blockSignals(True), self.channel.blockSignals(True), self.team.blockSignals(True)
        src = self.source.currentIndex()
        self.source.clear()
        self.source.addItem(self.tr("My review queue"), "mine")
        self.source.addItem(self.tr("All recent interactions"), "recent")
        self.source.addItem(self.tr("My drafts on this computer"), "drafts")
        self.source.setCurrentIndex(max(src, 0))
        ch = self.channel.currentData()
        self.channel.clear()
        self.channel.addItem(self.tr("All channels"), None)
        for code, name in labels.channels().items():
            self.channel.addItem(name, code)
        self.channel.setCurrentIndex(max(self.channel.findData(ch), 0))
        if self.team.count() == 0:
            self.team.addItem("", None)
        self.team.setItemText(0, self.tr("All teams"))
        self.source.blockSignals(keep[0])
        self.channel.blockSignals(keep[1])
        self.team.blockSignals(keep[2])
        self.flags["low_csat"].setText(self.tr("Low CSAT"))
        self.flags["escalated"].setText(self.tr("Escalated"))
        self.flags["long_handle"].setText(self.tr("Long handle time"))
        self.flags["sla_breached"].setText(self.tr("SLA breached"))
        self.sample_button.setText(self.tr("Sample per agent"))
        self.assign_button.setText(self.tr("Assign…"))
        self.assign_button.setToolTip(self.tr("Put the open interaction in a reviewer's queue"))
        self.sample_button.setToolTip(self.tr("Add this many random interactions per agent from the last day "
                                              "(with the filters above) to my queue"))
        self.queue.setHorizontalHeaderLabels([self.tr("Agent"), self.tr("Channel"), self.tr("Date"),
                                              self.tr("Duration"), self.tr("CSAT"), self.tr("Review")])
        self.autoqa_label.setText(self.tr("AutoQA suggestions"))
        self.autoqa_label.setToolTip(self.tr("Nothing is scored until you take a suggestion: Enter on one here, "
                                             "A on a scorecard row, or Accept all"))
        self.accept_all.setText(self.tr("Accept all (Ctrl+Shift+A)"))
        self._fill_queue()
        self._show_suggestions()
        self._show_title()
        self._update_score()
        if self._transcript_of is not None:
            self._show_transcript(self._transcript_of)  # in the new script

    def set_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    # ---------------------------------------------------------------- session and queue
    def start(self) -> None:
        """Learn who we are and the scorecards, then load the queue (once; later calls reload)."""
        if self.session is not None:
            self.reload()
            return
        if self.tasks is None:
            return

        def fetch(backend: Backend) -> tuple[m.User, list[m.Scorecard]]:
            return backend.whoami(), backend.scorecards()

        self.set_message(self.tr("Loading…"))
        self.tasks.submit(fetch, on_done=self._started, on_error=self._failed, owner=self)

    def _started(self, result: tuple[m.User, list[m.Scorecard]]) -> None:
        user, cards = result
        self.session = Session(user, {c.id: c for c in cards})
        can_review = user.role in ("supervisor", "qa_reviewer")
        self.form.submit_button.setVisible(can_review)
        self.sample_button.setEnabled(can_review)
        self.assign_button.setVisible(user.role == "supervisor")
        self.set_message("")
        if not can_review and self.source.currentData() != "recent":
            self.source.setCurrentIndex(self.source.findData("recent"))  # reloads
        else:
            self.reload()

    def _failed(self, exc: Exception) -> None:
        self.set_message(self.tr("Could not load: %1").replace("%1", explain(exc)), error=True)

    def filters(self) -> m.InteractionFilter:
        """The server-side interaction filters chosen above the queue."""
        return m.InteractionFilter(
            channel=self.channel.currentData() or None, team=self.team.currentData() or None,
            low_csat=self.flags["low_csat"].isChecked(), escalated=self.flags["escalated"].isChecked(),
            sla_breached=self.flags["sla_breached"].isChecked(),
            min_handle_s=LONG_HANDLE_S if self.flags["long_handle"].isChecked() else None)

    def reload(self) -> None:
        if self.session is None or self.tasks is None:
            return
        me, source, flt = self.session.user.id, self.source.currentData(), self.filters()
        tasks, store = self.tasks, self.drafts

        def fetch(drafts: list[Draft]) -> None:
            def call(backend: Backend, token: CancelToken) -> tuple[list[QueueItem], set[int]]:
                draft_ids = [d.interaction_id for d in drafts]
                items = load_queue(backend, me, source, flt, draft_ids, stop=lambda: token.cancelled)
                return items, set(draft_ids)

            if not self._stopped:  # a newer reload replaces this one
                self._queue_task = tasks.submit_cancellable(call, on_done=self._loaded, on_error=self._failed,
                                                            owner=self, key=f"qa-queue-{id(self)}")

        # The drafts first, on the disk pool (after any pending write); then the queue from the server.
        self._disk.run(lambda _token: store.all(), on_done=fetch, on_error=self._failed, owner=self)

    def _loaded(self, result: tuple[list[QueueItem], set[int]]) -> None:
        items, self._draft_ids = result
        self.items = items
        if not items and not self._shown_once and self.source.currentData() == "mine":
            self._shown_once = True  # an empty queue on arrival: show drafts or recent work instead of nothing
            if self._draft_ids:
                self.set_message(self.tr("Your review queue is empty; you have %1 drafts on this computer.")
                                 .replace("%1", str(len(self._draft_ids))))
                self.source.setCurrentIndex(self.source.findData("drafts"))
            else:
                self.set_message(self.tr("Your review queue is empty: showing recent interactions. "
                                         "Use “Sample per agent” to fill the queue."))
                self.source.setCurrentIndex(self.source.findData("recent"))
            return
        self._shown_once = True
        keep = self.team.blockSignals(True)
        chosen = self.team.currentData()
        while self.team.count() > 1:
            self.team.removeItem(1)
        for t, name in self.teams():
            self.team.addItem(name, t)
        self.team.setCurrentIndex(max(self.team.findData(chosen), 0))
        self.team.blockSignals(keep)
        self._fill_queue()
        shown = {item.interaction.id for item in self.items}
        # Open the first interaction when nothing listed is open, but never pull the reviewer out of a calibration
        # session (a queue reload can land after it was opened).
        if self.items and self.calibration_id is None and (self.current is None
                                                            or self.current.interaction.id not in shown):
            self.queue.blockSignals(True)
            self.queue.selectRow(0)  # on the first interaction of the list: no click needed
            self.queue.blockSignals(False)
            self.open(self.items[0])

    def _status(self, item: QueueItem) -> str:
        r = item.review
        if r is not None and r.dispute is not None and r.dispute.status == "open":
            return self.tr("Disputed")
        if r is not None and r.status == "submitted":
            return self.tr("Submitted %1").replace("%1", f"{r.score:.0f}" if r.score is not None else "–")
        if item.interaction.id in self._draft_ids or (r is not None and r.status == "draft"):
            return self.tr("Draft")
        return self.tr("To review") if item.assigned else self.tr("Not reviewed")

    def _fill_queue(self) -> None:
        names = self.agent_names()
        if self.items and not names:
            self._names_timer.start()  # the live store has no agents yet: fill in their names shortly
        channels = labels.channels()
        selected = self.current.interaction.id if self.current else None
        self.queue.blockSignals(True)
        self.queue.setUpdatesEnabled(False)
        self.queue.setRowCount(len(self.items))
        row_to_select = -1
        for row, item in enumerate(self.items):
            i = item.interaction
            span = (i.ended_at - i.started_at).total_seconds()
            cells = [names.get(i.agent_id or "", i.agent_id or "–"), channels.get(i.channel, i.channel),
                     i.started_at.strftime("%m-%d %H:%M"), fmt.duration(i.handle_s or span),
                     str(i.csat) if i.csat else "–", self._status(item)]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, i.id)
                self.queue.setItem(row, col, cell)
            if i.id == selected:
                row_to_select = row
        if row_to_select >= 0:
            self.queue.selectRow(row_to_select)
        self.queue.resizeColumnsToContents()  # once: per cell it would be quadratic
        self.queue.setUpdatesEnabled(True)
        self.queue.blockSignals(False)
        if self.session is not None:
            self.queue_label.setText(self.tr("%1 interactions").replace("%1", str(len(self.items))))

    def step(self, delta: int) -> None:
        """Open the next (or previous) interaction in the queue."""
        if not self.items:
            return
        row = self.queue.currentRow()
        self.queue.selectRow(max(0, min(len(self.items) - 1, row + delta if row >= 0 else 0)))

    def sample(self) -> None:
        if self.session is None or self.tasks is None:
            return
        me, n, flt = self.session.user.id, self.sample_n.value(), self.filters()

        def run(backend: Backend) -> list[m.Assignment]:
            newest = backend.interactions(limit=1)
            if not newest:
                return []
            until = newest[0].started_at + timedelta(seconds=1)
            return backend.sample(m.SampleRequest(reviewer_id=me, per_agent=n, since=until - timedelta(days=1),
                                                  until=until, seed=int(until.timestamp()), channel=flt.channel,
                                                  team=flt.team, low_csat=flt.low_csat, escalated=flt.escalated,
                                                  min_handle_s=flt.min_handle_s, sla_breached=flt.sla_breached))

        def done(added: list[m.Assignment]) -> None:
            self.set_message(self.tr("%1 interactions added to your queue").replace("%1", str(len(added))))
            self.source.setCurrentIndex(0)
            self.reload()

        self.tasks.submit(run, on_done=done, on_error=self._failed, owner=self)

    def assign_current(self) -> None:
        """Ask for a reviewer and put the open interaction in their queue."""
        if self.current is None or self.tasks is None:
            return
        iid = self.current.interaction.id
        reviewer, ok = QInputDialog.getText(self, self.tr("Assign for review"),
                                            self.tr("Reviewer id for interaction %1:").replace("%1", str(iid)),
                                            text="u-qa")
        if not ok or not reviewer.strip():
            return
        self.tasks.submit(lambda b: b.assign_review(iid, reviewer.strip()), on_error=self._failed, owner=self,
                          on_done=lambda a: self.set_message(self.tr("Interaction %1 is in %2's queue.").replace(
                              "%1", str(a.interaction_id)).replace("%2", a.reviewer_id)))

    # ---------------------------------------------------------------- one interaction
    def _selected(self) -> None:
        rows = self.queue.selectionModel().selectedRows()
        if rows:
            self.open(self.items[rows[0].row()])

    def open_review(self, review: m.Review) -> None:
        """Open ``review``'s interaction with that review (from the disputes list)."""
        if self.tasks is None or self.session is None:
            return

        def fetch(backend: Backend) -> QueueItem:
            return QueueItem(backend.interaction(review.interaction_id), review)

        self.tasks.submit(fetch, on_done=self.open, on_error=self._failed, owner=self)

    def open_calibration(self, session: m.Calibration) -> None:
        """Score ``session``'s interaction as one of its reviewers (the review carries the session's id)."""
        if self.tasks is None or self.session is None:
            return
        me = self.session.user.id

        def fetch(backend: Backend) -> QueueItem:
            mine = [r for r in backend.reviews(calibration_id=session.id, limit=100) if r.reviewer_id == me]
            return QueueItem(backend.interaction(session.interaction_id), mine[0] if mine else None)

        self.tasks.submit(fetch, on_done=lambda item: self.open(item, session.id), on_error=self._failed, owner=self)

    def open(self, item: QueueItem, calibration_id: int | None = None) -> None:
        """Show ``item``: transcript, recording, AutoQA, and the draft (local first, then the server's)."""
        if self.tasks is None or self.session is None:
            return
        self.save_draft()
        self.current = item
        self.calibration_id = calibration_id
        session = self.session
        review = item.review
        card_id = review.scorecard_id if review else next(iter(session.cards))
        version = review.scorecard_version if review else None

        recordings, drafts, tasks, iid = self._recordings, self.drafts, self.tasks, item.interaction.id

        def fetch(local: Draft | None, backend: Backend) -> tuple[m.Interaction, m.Scorecard, Path | None,
                                                                  Draft | None, dict[str, str]]:
            interaction = backend.interaction(item.interaction.id)
            disputed = review is not None and review.dispute is not None  # who disputed it, by name
            names = display_names(people(backend), language) if disputed else {}
            card = session.card(card_id, version)
            if card is None:  # an older version than the newest
                assert version is not None  # without a version the session's newest card is taken
                card = backend.scorecard_version(card_id, version)
            audio = None
            if interaction.recording_url:
                audio = Path(recordings.name) / f"{interaction.id}.wav"
                if not audio.exists():
                    tmp = audio.with_suffix(".part")
                    tmp.write_bytes(backend.recording(interaction.id))
                    tmp.replace(audio)
            return interaction, card, audio, local, names

        language = data_language()
        self.set_message(self.tr("Opening…"))
        # The local draft first, on the disk pool (after any write still pending for it); then the server.
        def then_fetch(local: Draft | None) -> None:
            tasks.submit(lambda b: fetch(local, b), on_done=lambda r: self._opened(item, *r), on_error=self._failed,
                         owner=self)

        self._disk.run(lambda _token: drafts.load(iid), on_done=then_fetch, on_error=self._failed, owner=self)

    @staticmethod
    def _card_title(card: m.Scorecard) -> str:
        return f"{shown_name(card)} · v{card.version}"

    @staticmethod
    def _categories(card: m.Scorecard) -> list[m.Category]:
        """The card's categories named in the viewer's language."""
        return [msgspec.structs.replace(c, name=shown_name(c)) for c in card.categories]

    def _opened(self, item: QueueItem, interaction: m.Interaction, card: m.Scorecard, audio: Path | None,
                local: Draft | None, names: dict[str, str]) -> None:
        if item is not self.current:
            return  # the reviewer moved on meanwhile
        assert self.session is not None
        self.session.versions[(card.id, card.version)] = card
        item.interaction = interaction
        self.card = card
        self._show_title()
        self._show_transcript(interaction)
        if audio is not None and self.player.available:
            self.player.load_file(str(audio))
            self.player.setVisible(True)
        else:
            self.player.clear()
            self.player.setVisible(audio is not None)
        self._loading = True
        self.form.set_categories(self._card_title(card), self._categories(card))  # type: ignore[arg-type]
        review = item.review
        if local is not None and local.scorecard_version == card.version \
                and local.calibration_id == self.calibration_id:
            self.draft = local
        else:
            self.draft = Draft(interaction_id=interaction.id, scorecard_id=card.id, scorecard_version=card.version,
                               calibration_id=self.calibration_id,
                               scores=list(review.scores) if review else [], comment=review.comment if review else "")
        if review is not None:
            self.draft.review_id, self.draft.review_version = review.id, review.version
        values = [(s.category_id, s.value, s.value is None, s.comment) for s in self.draft.scores]
        values += [(cid, None, False, text) for cid, text in self.draft.notes.items()]
        self.form.set_values(values, self.draft.comment)
        self._loading = False
        self.suggestions = autoqa.suggest(interaction, card)
        self._show_suggestions()
        self._update_score()
        if review is not None and review.dispute is not None and review.dispute.status != "rejected":
            self.set_message(self.tr("Disputed by %1: “%2”. Revise the scores and submit again if you agree.")
                             .replace("%1", names.get(review.dispute.opened_by, review.dispute.opened_by))
                             .replace("%2", shown_text(review.dispute.comment)),
                             error=review.dispute.status == "open")
        elif review is not None and review.status == "submitted":
            self.set_message(self.tr("Already submitted (score %1); changes are submitted as a revision.")
                             .replace("%1", f"{review.score:.0f}" if review.score is not None else "–"))
        elif local is not None and local.last_error:
            self.set_message(self.tr("Draft restored. The last submit failed: %1").replace("%1", local.last_error),
                             error=True)
        elif local is not None:
            self.set_message(self.tr("Draft restored from this computer."))
        else:
            self.set_message("")

    def _show_transcript(self, interaction: m.Interaction) -> None:
        """The turns in the reader's script, each with the text as written in its tooltip where that differs."""
        self._transcript_of = interaction
        gaps = {g.agent_turn: g.seconds for g in autoqa.response_gaps(interaction.turns)}
        rows = [TurnRow(t.speaker, (t.at - interaction.started_at).total_seconds(), shown_text(t.text), t.internal,
                        gaps.get(i), original_tip(t.text))
                for i, t in enumerate(interaction.turns)]
        self.transcript.set_turns(rows)

    def _show_title(self) -> None:
        item = self.current
        if item is None:
            self.title.setText(self.tr("Pick an interaction from the queue (Alt+Q, then Up/Down)."))
            return
        i = item.interaction
        names = self.agent_names()
        parts = [self.tr("Interaction %1").replace("%1", str(i.id)),
                 self.tr("ticket %1").replace("%1", str(i.ticket_id)),
                 labels.channels().get(i.channel, i.channel), names.get(i.agent_id or "", i.agent_id or "–"),
                 i.started_at.strftime("%Y-%m-%d %H:%M")]
        if i.csat:
            parts.append(self.tr("CSAT %1").replace("%1", str(i.csat)))
        if i.escalated:
            parts.append(self.tr("escalated"))
        if i.sla_breached:
            parts.append(self.tr("SLA breached"))
        if self.calibration_id is not None:
            parts.insert(0, self.tr("Calibration session %1").replace("%1", str(self.calibration_id)))
        self.title.setText(" · ".join(parts))

    def _follow(self, ms: int) -> None:
        """Move the transcript's highlight with the recording (the recording spans the conversation)."""
        item, duration = self.current, self.player.player.duration() if self.player.player else 0
        if item is None or duration <= 0:
            return
        i = item.interaction
        span = (i.ended_at - i.started_at).total_seconds()
        self.transcript.set_current(self.transcript.turn_at(ms / duration * span))

    # ---------------------------------------------------------------- AutoQA
    def _suggestion_text(self, s: autoqa.Suggestion) -> str:
        turn = str((s.turn or 0) + 1)
        secs = fmt.duration(s.seconds or 0)
        texts = {
            ("greeting", True): self.tr("Greeting found in turn %1: “%2”"),
            ("greeting", False): self.tr("No greeting in the agent's first replies"),
            ("closing", True): self.tr("Closing found in turn %1: “%2”"),
            ("closing", False): self.tr("No closing in the agent's last replies"),
            ("empathy", True): self.tr("Apology or empathy in turn %1: “%2”"),
            ("empathy", False): self.tr("No apology or empathy phrase found"),
            ("first_response", True): self.tr("First response after %3 (turn %1)"),
            ("first_response", False): self.tr("Slow first response: %3 (turn %1)"),
            ("longest_wait", True): self.tr("Longest customer wait %3 (from turn %1)"),
            ("longest_wait", False): self.tr("Long customer wait: %3 (from turn %1)"),
        }
        text = texts[(s.kind, s.found)].replace("%1", turn).replace("%2", shown_text(s.phrase)).replace("%3", secs)
        return ("✓ " if s.found else "⚠ ") + text

    def _proposal(self, s: autoqa.Suggestion) -> str:
        if s.category_id is None or s.value is None or self.card is None:
            return ""
        cat = next(c for c in self.card.categories if c.id == s.category_id)
        shown = (self.tr("Yes") if s.value else self.tr("No")) if cat.scale == 2 else str(s.value + 1)
        return self.tr("→ suggests %1 = %2").replace("%1", shown_name(cat)).replace("%2", shown)

    def _show_suggestions(self) -> None:
        self.autoqa.clear()
        for s in self.suggestions:
            proposal = self._proposal(s)
            # The proposal itself shows on its scorecard row; here the reason, with both in the tooltip.
            item = QListWidgetItem(self._suggestion_text(s))
            item.setToolTip(self._suggestion_text(s) + (f" {proposal}" if proposal else ""))
            item.setData(Qt.ItemDataRole.UserRole, s)
            self.autoqa.addItem(item)
        by_category = {s.category_id: s for s in self.suggestions if s.category_id and s.value is not None}
        for row in self.form.rows:
            suggestion = by_category.get(row.category.id)
            if suggestion is None:
                row.set_suggestion(None, "")
            else:
                row.set_suggestion(suggestion.value, self.tr("AutoQA: %1 (A to take it)").replace(
                    "%1", self._suggestion_text(suggestion) + " " + self._proposal(suggestion)))
        self.accept_all.setEnabled(bool(by_category))

    def _show_evidence(self, item: QListWidgetItem | None) -> None:
        """Highlight the transcript turn a finding is about."""
        s: autoqa.Suggestion | None = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if s is not None and s.turn is not None:
            self.transcript.set_current(s.turn)

    def _accept_item(self, item: QListWidgetItem) -> None:
        s: autoqa.Suggestion = item.data(Qt.ItemDataRole.UserRole)
        if s.category_id is not None and s.value is not None:
            self.form.row(s.category_id).set_value(s.value)

    def accept_suggestions(self) -> None:
        """Take every AutoQA proposal for categories not rated yet (the reviewer can still change them)."""
        for s in self.suggestions:
            if s.category_id is not None and s.value is not None:
                row = self.form.row(s.category_id)
                if not row.is_rated:
                    row.set_value(s.value)

    # ---------------------------------------------------------------- scoring and drafts
    def scores(self) -> list[m.CategoryScore]:
        return [m.CategoryScore(category_id=cid, value=None if na else value, comment=text)
                for cid, value, na, text in self.form.values() if na or value is not None]

    def _update_score(self) -> None:
        if self.card is None:
            self.form.score_label.setText("")
            return
        scores = self.scores()
        score = review_score(self.card, scores)
        rated = len(scores)
        total = len(self.card.categories)
        progress = self.tr("%1 of %2 rated").replace("%1", str(rated)).replace("%2", str(total))
        if score is None:
            self.form.score_label.setText(self.tr("Score –  (%1)").replace("%1", progress))
            return
        failed = [shown_name(c) for c in self.card.categories for s in scores
                  if s.category_id == c.id and c.critical and s.value is not None and s.value / (c.scale - 1) < 0.5]
        text = self.tr("Score %1 %  (%2)").replace("%1", f"{score:.1f}").replace("%2", progress)
        if failed:
            text += "  " + self.tr("critical below 50 %: %1").replace("%1", self.tr(", ").join(failed))
        self.form.score_label.setText(text)

    def _changed(self) -> None:
        self._update_score()
        if not self._loading and self.draft is not None:
            self._dirty = True
            self._save_timer.start()

    def save_draft(self) -> None:
        """Write the form to the local draft (on the draft thread)."""
        self._save_timer.stop()
        if self.draft is None or self.card is None or not self._dirty:
            return
        self._dirty = False
        values = self.form.values()
        self.draft.scores = self.scores()
        self.draft.notes = {cid: text for cid, value, na, text in values if not na and value is None and text}
        self.draft.comment = self.form.comment.toPlainText()
        snapshot = Draft(**{f: getattr(self.draft, f) for f in self.draft.__struct_fields__})
        if snapshot.scores or snapshot.notes or snapshot.comment:
            self._draft_ids.add(snapshot.interaction_id)
            self._disk.background(lambda: self._write(snapshot))
        else:  # everything cleared: nothing to keep
            self._draft_ids.discard(snapshot.interaction_id)
            self._disk.background(lambda: self.drafts.discard(snapshot.interaction_id))

    def _write(self, draft: Draft) -> None:
        try:
            self.drafts.save(draft)
        except OSError as exc:
            log.error("could not save the draft of interaction %s: %s", draft.interaction_id, exc)

    def flush(self) -> None:
        """Write any pending draft and wait for the disk (used before quitting and in tests)."""
        self.save_draft()
        self._disk.background(lambda: None).result(timeout=10)

    # ---------------------------------------------------------------- submit
    def submit(self) -> None:
        if self.draft is None or self.card is None or self.tasks is None or self.current is None:
            return
        missing = [r for r in self.form.rows if not r.is_rated]
        if missing:
            names = ", ".join(r.category.name for r in missing)  # the form's categories carry the shown names
            self.set_message(self.tr("Rate every category or mark it N/A first: %1").replace("%1", names), error=True)
            missing[0].setFocus()
            return
        self.save_draft()
        draft, item = self.draft, self.current
        body = m.ReviewInput(interaction_id=draft.interaction_id, scorecard_id=draft.scorecard_id,
                             scores=self.scores(), comment=self.form.comment.toPlainText(), status="submitted",
                             calibration_id=draft.calibration_id)
        rid, version = draft.review_id, draft.review_version

        def done(review: m.Review) -> None:
            item.review = review
            draft.last_error = ""
            self._draft_ids.discard(draft.interaction_id)
            self._disk.background(lambda: self.drafts.discard(draft.interaction_id))
            if self.draft is draft:
                self.draft = Draft(interaction_id=draft.interaction_id, scorecard_id=draft.scorecard_id,
                                   scorecard_version=draft.scorecard_version, scores=review.scores,
                                   comment=review.comment, review_id=review.id, review_version=review.version)
            self.set_message(self.tr("Review submitted: score %1.").replace(
                "%1", f"{review.score:.1f}" if review.score is not None else "–"))
            self._fill_queue()

        def failed(exc: Exception) -> None:
            why = explain(exc)
            draft.last_error = why
            self._disk.background(lambda: self._write(draft))
            self.set_message(self.tr("Not submitted: %1. Your draft is kept on this computer; "
                                     "submit again when the server is back.").replace("%1", why), error=True)

        tasks = self.tasks

        def send() -> None:
            self.set_message(self.tr("Submitting…"))
            tasks.submit(lambda backend: backend.save_review(body, review_id=rid, version=version),
                         on_done=done, on_error=failed, owner=self)

        self._pending_submit = send
        self.set_message(self.tr("Submitting in %1 s: Undo submit (Alt+U) keeps it a draft.")
                         .replace("%1", str(SUBMIT_UNDO_S)))
        self.undo_submit.show()
        self._submit_timer.start()

    def cancel_submit(self) -> None:
        """Take back a submit still in its pause: the review stays a draft, as it was."""
        if self._pending_submit is None:
            return
        self._submit_timer.stop()
        self._pending_submit = None
        self.undo_submit.hide()
        self.set_message(self.tr("Not submitted: the review is still a draft."))

    def _send_submit(self) -> None:
        send, self._pending_submit = self._pending_submit, None
        self.undo_submit.hide()
        if send is not None:
            send()

    def stop(self) -> None:
        """Write the pending draft and release the player and the draft thread (once; later calls do nothing)."""
        if self._stopped:
            return
        self._stopped = True
        if self._queue_task is not None:
            self._queue_task.cancel()  # stops paging between two pages
        if self._submit_timer.isActive():  # closing in the pause: the reviewer meant it
            self._submit_timer.stop()
            self._send_submit()
        self.flush()
        self.player.clear()
        self._disk.shutdown(timeout=0)  # flushed above: nothing is left to wait for
        self._recordings.cleanup()

