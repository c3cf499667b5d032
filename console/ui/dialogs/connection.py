"""File > Connections…: add, edit, test and remove connection profiles; one is the default.

Profiles go to the settings file; tokens only to the OS keyring (see :mod:`console.infra.profiles`). Keyring calls,
the settings write and the connection test run on a background thread, never on the GUI thread.

A hub (the contact centre's shared server, ``supervisor-hub``) is a profile of kind native marked ``hub``: the dialog
offers it as its own kind, "Hub", and says so in the list.

A Zendesk profile with an OAuth client signs in with Zendesk: the system browser opens Zendesk's authorization page and
the console waits for it on a loopback address, off the GUI thread (:mod:`api_client.vendors.zendesk_oauth`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import msgspec
from keyring.errors import KeyringError
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
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

from api_client.errors import ApiError
from api_client.models import HubInfo, User
from api_client.native import NativeBackend
from api_client.registry import BACKENDS
from api_client.registry import connect as connect_backend
from api_client.vendors import zendesk_oauth as oauth
from console.infra import profiles, settings
from console.infra.profiles import Profile, SecretStoreUnavailable
from console.qt import labels
from console.qt.errors import explain
from console.qt.i18n import shown_name
from console.qt.tasks import EXPECTED, CancelToken, Tasks
from widgets.retranslatable import Retranslatable

T = TypeVar("T")
HUB = "hub"  # the kind list's entry for a hub: a native profile marked ``hub``
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
        self.signing = Tasks(self, io_workers=1, cpu_workers=0)  # waits for the browser without holding up saves
        self.open_browser: Callable[[str], object] = lambda url: QDesktopServices.openUrl(QUrl(url))
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
        self.backend.insertItem(1, "", HUB)  # after the native API: a hub speaks it
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://tickets.example.com")
        self.user = QLineEdit()
        self.oauth_client = QLineEdit()
        self.oauth_client.setObjectName("OAuthClient")
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
        self.deprecation = QLabel()
        self.deprecation.setObjectName("ApiTokenDeprecation")
        self.deprecation.setWordWrap(True)
        self.hub_help = QLabel()
        self.hub_help.setObjectName("HubHelp")
        self.hub_help.setWordWrap(True)
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("SignInWithZendesk")
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_in_link = QLabel()  # Zendesk's page, in case the browser did not open
        self.sign_in_link.setObjectName("SignInLink")
        self.sign_in_link.setTextFormat(Qt.TextFormat.RichText)
        self.sign_in_link.setOpenExternalLinks(True)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_profile)
        self.test_result = QLabel()
        self.test_result.setObjectName("TestResult")
        self.test_result.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(self.labels, (self.name, self.backend, self.url, self.oauth_client, self.user,
                                              self.token), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.insecure)
        actions = QHBoxLayout()
        actions.addWidget(self.sign_in_button)
        actions.addWidget(self.test_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.problem)
        right.addWidget(self.deprecation)
        right.addWidget(self.hub_help)
        right.addWidget(self.keyring_note)
        right.addLayout(actions)
        right.addWidget(self.test_result)
        right.addWidget(self.sign_in_link)
        right.addStretch(1)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.close_buttons, 1, 0, 1, 2)
        for field in (self.url, self.name, self.oauth_client):
            field.textChanged.connect(self._check)
        self.backend.currentIndexChanged.connect(self._check)
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
                                             self.tr("&OAuth client:"), self.tr("&User:"),
                                             self.tr("&Token or password:")), strict=True):
            label.setText(text)
        names = {"native": self.tr("Supervisor Console API"), HUB: self.tr("Hub (the centre's shared server)"),
                 "rt": self.tr("Request Tracker 5"),
                 "zendesk": self.tr("Zendesk"), "chatwoot": self.tr("Chatwoot"), "zammad": self.tr("Zammad"),
                 "udesk": self.tr("Udesk")}
        for i in range(self.backend.count()):
            self.backend.setItemText(i, names.get(self.backend.itemData(i), self.backend.itemData(i)))
        self.insecure.setText(self.tr("Allow unencrypted http:// to this server "
                                      "(the token can be read on the network)"))
        self.test_button.setText(self.tr("&Test connection"))
        self.sign_in_button.setText(self.tr("Sign &in with Zendesk"))
        self.oauth_client.setPlaceholderText(self.tr("The OAuth client's unique identifier (Zendesk Admin Center)"))
        self.oauth_client.setAccessibleName(self.tr("Zendesk OAuth client"))
        self.deprecation.setText(self.tr(
            "Zendesk API tokens (email/token:KEY) stop working on 30 April 2027, and no new ones can be created "
            "since 27 October 2026. Enter your OAuth client and sign in with Zendesk instead."))
        self.hub_help.setText(self.tr(
            "A hub is your contact centre's shared server: it follows the helpdesk once for every console, holds "
            "the helpdesk's credential, and keeps reviews, the audit log and shared settings. Ask your administrator "
            "for its address and your token."))
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
            default = p.name == self.settings.default_profile
            if p.hub:
                text = (self.tr("%1 (Hub, default)") if default else self.tr("%1 (Hub)")).replace("%1", p.name)
            else:
                text = self.tr("%1 (default)").replace("%1", p.name) if default else p.name
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
        kind = (HUB if p.hub else p.backend) if p else "native"
        self.backend.setCurrentIndex(max(self.backend.findData(kind), 0))
        self.url.setText(p.url if p else "")
        self.user.setText(p.user if p else "")
        self.oauth_client.setText(p.oauth_client if p else "")
        self.insecure.setChecked(p.allow_insecure_http if p else False)
        self.token.clear()
        self.test_result.clear()
        self.sign_in_link.clear()
        self._fill_list(self.editing)
        self._check()

    def add_profile(self) -> None:
        self.list.clearSelection()
        self.show_profile(None)
        self.name.setFocus()

    def form_profile(self) -> Profile:
        hub = self.backend.currentData() == HUB
        return Profile(name=self.name.text().strip(), url=self.url.text().strip().rstrip("/"),
                       backend="native" if hub else self.backend.currentData(), hub=hub, user=self.user.text().strip(),
                       allow_insecure_http=self.insecure.isChecked(),
                       oauth_client=self.oauth_client.text().strip() if self.backend.currentData() == "zendesk" else "")

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
        zendesk, udesk = p.backend == "zendesk", p.backend == "udesk"
        self.labels[4].setText(self.tr("Administrator &email:") if udesk else self.tr("&User:"))
        self.token.setAccessibleName(self.tr("Open API token") if udesk else self.tr("Token or password"))
        self.form.setRowVisible(self.oauth_client, zendesk)
        self.form.setRowVisible(self.token, not p.signs_in)
        self.sign_in_button.setVisible(zendesk)
        self.sign_in_button.setEnabled(problem is None and bool(p.url) and p.signs_in)
        self.deprecation.setVisible(zendesk and not p.signs_in)
        self.hub_help.setVisible(p.hub)
        return problem

    # ---------------------------------------------------------------- actions
    def save_profile(self) -> None:
        """Save the form's profile to the settings file and its typed token to the keyring (in the background)."""
        if self._check() is not None:
            return
        self.test_result.setText(self.tr("Saving…"))
        self._run(self._save_work(), self._saved, self._save_failed)

    def _save_work(self) -> Callable[[], str]:
        """Put the form's profile in the settings; the job that writes them and moves or stores its secrets."""
        p, previous, token = self.form_profile(), self.editing, self.token.text()
        self.settings.put(p, previous)
        self.editing = p.name
        self._fill_list(p.name)
        snapshot = self._copy()
        self.token.clear()

        def work() -> str:
            settings.save(snapshot, self.path)
            if previous and previous != p.name:  # renamed: the secrets move with it
                old, source = profiles.load_secret(previous)
                if source == "keyring" and not token:
                    profiles.save_secret(p.name, old or "")
                profiles.delete_secret(previous)
                profiles.move_sign_in(previous, p.name)
            if token:
                profiles.save_secret(p.name, token)
                return "stored"
            return "saved"

        return work

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
        """Remove the profile and its secrets; a Zendesk sign-in is revoked at Zendesk first."""
        name = self.editing
        removed = self.settings.profile(name)
        if name is None or removed is None:
            return
        self.settings.remove(name)
        snapshot = self._copy()

        def work() -> str | ApiError:
            settings.save(snapshot, self.path)
            profiles.delete_secret(name)
            if removed.backend == "zendesk":
                try:
                    profiles.remove_sign_in(removed)
                except ApiError as exc:
                    return exc
                return "revoked" if removed.signs_in else "saved"
            return "saved"

        self._run(work, self._removed, self._save_failed)
        self.show_profile(self.settings.profile(self.settings.default_profile))

    def _removed(self, outcome: str | ApiError) -> None:
        self.saved.emit()
        if isinstance(outcome, ApiError):
            self.test_result.setText(self.tr(
                "Removed, but Zendesk could not be told to end the sign-in (%1). An admin can revoke it in Admin "
                "Center: Apps and integrations > APIs > OAuth clients.").replace("%1", explain(outcome)))
        elif outcome == "revoked":
            self.test_result.setText(self.tr("Removed; the Zendesk sign-in was revoked."))

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

        def work() -> tuple[User, HubInfo | None]:
            if p.signs_in:
                backend = connect_backend(p.backend, p.url, None, credential=profiles.zendesk_credential(p))
            else:
                backend = connect_backend(p.backend, p.url, typed or profiles.load_secret(self.editing)[0],
                                          **profiles.backend_options(p))
            try:
                user = backend.whoami()
                return user, backend.health().hub if p.hub and isinstance(backend, NativeBackend) else None
            finally:
                backend.close()

        self._run(work, lambda found: self._tested(*found, hub=p.hub), self._test_failed)

    def _tested(self, user: User, info: HubInfo | None, hub: bool = False) -> None:
        self.test_button.setEnabled(True)
        text = self.tr("✓ Connected as %1 (%2).").replace("%1", shown_name(user)).replace("%2", user.role)
        if info is not None:
            text += " " + self.tr("The hub follows %1.").replace("%1", info.upstream)
        elif hub:
            text += " " + self.tr("This server is not a hub: choose Supervisor Console API for it.")
        self.test_result.setText(text)

    def _test_failed(self, exc: Exception) -> None:
        self.test_button.setEnabled(True)
        why = explain(exc)
        self.test_result.setText(self.tr("✗ Not connected: %1").replace("%1", why))

    # ---------------------------------------------------------------- sign in with Zendesk
    def sign_in(self) -> None:
        """Save the profile, open Zendesk's authorization page in the system browser and wait for it to come back
        to the console (at most five minutes); all of it off the GUI thread."""
        if self._check() is not None or not self.form_profile().signs_in:
            return
        p, save = self.form_profile(), self._save_work()
        pages = oauth.Pages(done=self.tr("Signed in. You can close this tab and go back to Supervisor Console."),
                            failed=self.tr("Sign-in did not finish. Go back to Supervisor Console to see why."))
        self.sign_in_button.setEnabled(False)
        self.sign_in_link.clear()
        self.test_result.setText(self.tr("Opening the browser…"))

        def saved(_outcome: str) -> None:
            self.saved.emit()
            self.signing.run(lambda _token: oauth.SignIn(p.url, p.oauth_client, pages=pages),
                             lambda sign: self._browse(p, sign), self._sign_in_failed, self, expected=_EXPECTED)

        self._run(save, saved, self._save_failed)

    def _browse(self, p: Profile, sign: oauth.SignIn) -> None:
        self.open_browser(sign.url)
        self.sign_in_button.setEnabled(True)  # pressing it again starts over
        self.test_result.setText(self.tr("Finish signing in in your browser; the console is waiting for it."))
        link = html.escape(self.tr("No browser opened? Open the Zendesk sign-in page"))
        self.sign_in_link.setText(f'<a href="{html.escape(sign.url)}">{link}</a>')

        def work(token: CancelToken) -> User:
            try:
                tokens = sign.finish(cancelled=lambda: token.cancelled)
            finally:
                sign.close()
            credential = profiles.zendesk_credential(p)
            credential.adopt(tokens)
            backend = connect_backend(p.backend, p.url, None, credential=credential)
            try:
                return backend.whoami()
            finally:
                backend.close()

        self.signing.run(work, self._signed_in, self._sign_in_failed, self, key="sign-in", expected=_EXPECTED)

    def _signed_in(self, user: User) -> None:
        self.sign_in_link.clear()
        self._check()
        text = self.tr("✓ Signed in to Zendesk as %1 (%2).").replace("%1", shown_name(user)).replace("%2", user.role)
        if not self.secure:
            text += " " + self.tr("This computer has no keyring, so sign in again after the console restarts.")
        self.test_result.setText(text)

    def _sign_in_failed(self, exc: Exception) -> None:
        self.sign_in_link.clear()
        self._check()
        self.test_result.setText(self.tr("✗ Not signed in: %1").replace("%1", explain(exc)))

    def done(self, result: int) -> None:
        self.background.shutdown(timeout=0)  # a save in flight finishes on its own
        self.signing.shutdown(timeout=0)  # a sign-in that waits for the browser stops listening
        super().done(result)
