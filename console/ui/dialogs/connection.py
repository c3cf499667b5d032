"""File > Connections…: add, edit, test and remove connection profiles; one is the default.

Profiles go to the settings file; tokens only to the OS keyring (see :mod:`console.infra.profiles`). Keyring calls,
the settings write and the connection test run on a background thread, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import msgspec
from keyring.errors import KeyringError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from api_client.models import User
from api_client.registry import BACKENDS
from api_client.registry import connect as connect_backend
from console.infra import profiles, settings
from console.infra.profiles import Profile, SecretStoreUnavailable
from console.qt import labels
from console.qt.errors import explain
from console.qt.tasks import EXPECTED, Tasks
from widgets.retranslatable import Retranslatable

T = TypeVar("T")
_EXPECTED = (*EXPECTED, SecretStoreUnavailable, KeyringError)
"""What keyring, disk and network calls may raise here; the dialog explains each to the user."""


class ConnectionDialog(Retranslatable, QDialog):
    """The list of profiles on the left, the selected one's form on the right."""

    saved = Signal()
    """The settings file was written (profiles or the default changed)."""

    def __init__(self, current: settings.Settings, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConnectionDialog")
        self.settings = msgspec.structs.replace(current, profiles=list(current.profiles))
        self.path = path
        self.background = Tasks(self, io_workers=1, cpu_workers=0)  # one thread: saves happen in order
        self.editing: str | None = None  # name of the profile in the form (None: a new one)
        self.secure = True  # until the keyring, asked in the background, says otherwise

        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._select)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_profile)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_profile)
        self.default_button = QPushButton()
        self.default_button.clicked.connect(self.make_default)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        for button in (self.add_button, self.remove_button, self.default_button):
            left.addWidget(button)

        self.name = QLineEdit()
        self.backend = QComboBox()
        for kind in BACKENDS:
            self.backend.addItem("", kind)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://tickets.example.com")
        self.user = QLineEdit()
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.insecure = QCheckBox()
        self.insecure.setObjectName("InsecureHttp")
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("KeyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel()
        self.problem.setObjectName("ProfileProblem")
        self.problem.setWordWrap(True)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_profile)
        self.test_result = QLabel()
        self.test_result.setObjectName("TestResult")
        self.test_result.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.name, self.backend, self.url, self.user, self.token), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.insecure)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.problem)
        right.addWidget(self.keyring_note)
        right.addLayout(actions)
        right.addWidget(self.test_result)
        right.addStretch(1)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.close_buttons, 1, 0, 1, 2)
        for field in (self.url, self.name):
            field.textChanged.connect(self._check)
        self.insecure.toggled.connect(self._check)

        self.retranslate()
        self._fill_list(self.settings.default_profile)
        if not self.settings.profiles:
            self.add_profile()
        self.resize(820, 440)
        self._run(profiles.has_secure_store, self._found_store, self._save_failed)

    def _run(self, fn: Callable[[], T], on_done: Callable[[T], None], on_error: Callable[[Exception], None]) -> None:
        self.background.run(lambda _token: fn(), on_done, on_error, self, expected=_EXPECTED)

    def _found_store(self, secure: bool) -> None:
        self.secure = secure
        self._show_store()

    def _show_store(self) -> None:
        if self.secure:
            self.token.setPlaceholderText(self.tr("Kept in the system keyring; leave empty to keep the saved one"))
            self.keyring_note.setText("")
        else:
            self.token.setPlaceholderText(self.tr("Used only to test; it cannot be saved on this computer"))
            self.keyring_note.setText(labels.no_secure_store())
        self.keyring_note.setVisible(not self.secure)

    # ---------------------------------------------------------------- text
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connections"))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("&Remove"))
        self.default_button.setText(self.tr("Use as &default"))
        for label, text in zip(self.labels, (self.tr("&Name:"), self.tr("&System:"), self.tr("Add&ress:"),
                                             self.tr("&User:"), self.tr("&Token or password:")), strict=True):
            label.setText(text)
        names = {"native": self.tr("Supervisor Console API"), "rt": self.tr("Request Tracker 5"),
                 "zendesk": self.tr("Zendesk"), "chatwoot": self.tr("Chatwoot")}
        for i in range(self.backend.count()):
            self.backend.setItemText(i, names.get(self.backend.itemData(i), self.backend.itemData(i)))
        self.insecure.setText(self.tr("Allow unencrypted http:// to this server "
                                      "(the token can be read on the network)"))
        self.test_button.setText(self.tr("&Test connection"))
        self.save_button.setText(self.tr("Sa&ve"))
        self.list.setAccessibleName(self.tr("Connections"))
        self.name.setAccessibleName(self.tr("Connection name"))
        self.backend.setAccessibleName(self.tr("Kind of ticketing system"))
        self.url.setAccessibleName(self.tr("Server address"))
        self.user.setAccessibleName(self.tr("User name"))
        self.token.setAccessibleName(self.tr("Token or password"))
        self._show_store()
        self._fill_list(self.editing)
        self._check()

    # ---------------------------------------------------------------- list
    def _fill_list(self, select: str | None) -> None:
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for p in self.settings.profiles:
            text = self.tr("%1 (default)").replace("%1", p.name) if p.name == self.settings.default_profile else p.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.name)
            self.list.addItem(item)
        names = [p.name for p in self.settings.profiles]
        if select in names:
            self.list.setCurrentRow(names.index(select))
        self.list.blockSignals(blocked)
        self.remove_button.setEnabled(self.editing is not None)
        self.default_button.setEnabled(self.editing is not None and self.editing != self.settings.default_profile)

    def _select(self, row: int) -> None:
        if not 0 <= row < len(self.settings.profiles):
            return
        self.show_profile(self.settings.profiles[row])

    def show_profile(self, p: Profile | None) -> None:
        """Put ``p`` (None: an empty new profile) in the form."""
        self.editing = p.name if p else None
        self.name.setText(p.name if p else "")
        self.backend.setCurrentIndex(max(self.backend.findData(p.backend if p else "native"), 0))
        self.url.setText(p.url if p else "")
        self.user.setText(p.user if p else "")
        self.insecure.setChecked(p.allow_insecure_http if p else False)
        self.token.clear()
        self.test_result.clear()
        self._fill_list(self.editing)
        self._check()

    def add_profile(self) -> None:
        self.list.clearSelection()
        self.show_profile(None)
        self.name.setFocus()

    def form_profile(self) -> Profile:
        return Profile(name=self.name.text().strip(), url=self.url.text().strip().rstrip("/"),
                       backend=self.backend.currentData(), user=self.user.text().strip(),
                       allow_insecure_http=self.insecure.isChecked())

    def _check(self) -> str | None:
        """Show and return what is wrong with the form (None: it can be saved)."""
        p = self.form_profile()
        problem = None
        if not p.name:
            problem = self.tr("Give the connection a name.")
        elif p.name != self.editing and self.settings.profile(p.name) is not None:
            problem = self.tr("There is already a connection called %1.").replace("%1", p.name)
        elif p.url:
            code = profiles.url_problem(p.url, p.allow_insecure_http)
            problem = labels.url_problem(code) if code else None
        self.insecure.setVisible(p.url.startswith("http://") and not profiles.is_loopback(p.url))
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
        self.save_button.setEnabled(problem is None and bool(p.url))
        self.test_button.setEnabled(problem is None and bool(p.url))
        return problem

    # ---------------------------------------------------------------- actions
    def save_profile(self) -> None:
        """Save the form's profile to the settings file and its typed token to the keyring (in the background)."""
        if self._check() is not None:
            return
        p, previous, token = self.form_profile(), self.editing, self.token.text()
        self.settings.put(p, previous)
        self.editing = p.name
        self._fill_list(p.name)
        snapshot = self._copy()
        self.token.clear()
        self.test_result.setText(self.tr("Saving…"))

        def work() -> str:
            settings.save(snapshot, self.path)
            if previous and previous != p.name:  # renamed: the secret moves with it
                old, source = profiles.load_secret(previous)
                if source == "keyring" and not token:
                    profiles.save_secret(p.name, old or "")
                profiles.delete_secret(previous)
            if token:
                profiles.save_secret(p.name, token)
                return "stored"
            return "saved"

        self._run(work, self._saved, self._save_failed)

    def _saved(self, outcome: str) -> None:
        self.test_result.setText(self.tr("Saved; the token is in the system keyring.") if outcome == "stored"
                            else self.tr("Saved."))
        self.saved.emit()

    def _save_failed(self, exc: Exception) -> None:
        if isinstance(exc, SecretStoreUnavailable):
            self.test_result.setText(self.tr("The connection was saved without its token. %1")
                                .replace("%1", labels.no_secure_store()))
            self.saved.emit()
        else:
            self.test_result.setText(self.tr("Could not save: %1").replace("%1", str(exc)))

    def remove_profile(self) -> None:
        name = self.editing
        if name is None:
            return
        self.settings.remove(name)
        snapshot = self._copy()

        def work() -> str:
            settings.save(snapshot, self.path)
            profiles.delete_secret(name)
            return "saved"

        self._run(work, lambda _: self.saved.emit(), self._save_failed)
        self.show_profile(self.settings.profile(self.settings.default_profile))

    def _copy(self) -> settings.Settings:
        """The settings as they are now, for the writer thread."""
        return msgspec.structs.replace(self.settings, profiles=list(self.settings.profiles))

    def make_default(self) -> None:
        if self.editing is None:
            return
        self.settings.default_profile = self.editing
        self._fill_list(self.editing)
        snapshot = self._copy()
        self._run(lambda: settings.save(snapshot, self.path), lambda _: self.saved.emit(), self._save_failed)

    def test_connection(self) -> None:
        """Connect with the form's values and ask the server who we are, in the background."""
        if self._check() is not None:
            return
        p, typed = self.form_profile(), self.token.text()
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Testing…"))

        def work() -> User:
            token = typed or profiles.load_secret(self.editing)[0]
            backend = connect_backend(p.backend, p.url, token)
            try:
                return backend.whoami()
            finally:
                backend.close()

        self._run(work, self._tested, self._test_failed)

    def _tested(self, user: User) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(self.tr("✓ Connected as %1 (%2).").replace("%1", user.name).replace("%2", user.role))

    def _test_failed(self, exc: Exception) -> None:
        self.test_button.setEnabled(True)
        why = explain(exc)
        self.test_result.setText(self.tr("✗ Not connected: %1").replace("%1", why))

    def done(self, result: int) -> None:
        self.background.shutdown(timeout=0)  # a save in flight finishes on its own
        super().done(result)
