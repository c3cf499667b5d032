"""The Connections dialog and the app's use of profiles: the token only in the keyring, never in a file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from api_client.vendors import zendesk_oauth as oauth
from console.infra import profiles, settings
from console.infra.profiles import Profile
from console.qt.errors import explain
from console.ui.dialogs.connection import ConnectionDialog
from console.ui.main_window import MainWindow
from tests.helpers.keyrings import SECRET, MemoryKeyring
from tests.helpers.zendesk_oauth_server import CLIENT_ID, ZendeskOAuthServer, browser

ROOT = Path(__file__).resolve().parents[2]


def _fill(dialog: ConnectionDialog, name: str, url: str, token: str) -> None:
    dialog.add_profile()
    dialog.name.setText(name)
    dialog.url.setText(url)
    dialog.user.setText("li.wei")
    dialog.token.setText(token)


def test_dialog_saves_the_profile_to_the_file_and_the_token_only_to_the_keyring(
        qtbot, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "settings.json"
    dialog = ConnectionDialog(settings.Settings(), path)
    qtbot.addWidget(dialog, before_close_func=ConnectionDialog.reject)  # done(): its worker thread ends
    _fill(dialog, "Shanghai", "https://tickets.example.cn", SECRET)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "keyring" in dialog.test_result.text(), timeout=5000)
    saved, problem = settings.load(path)
    assert problem is None
    assert saved.default_profile == "Shanghai"
    assert saved.profile("Shanghai") == Profile(name="Shanghai", url="https://tickets.example.cn", user="li.wei")
    assert SECRET not in path.read_text(encoding="utf-8")
    assert memory_keyring.secrets[(profiles.SERVICE, "Shanghai")] == SECRET
    assert dialog.token.text() == ""  # the secret does not linger in the form

    dialog.name.setText("Beijing")  # renaming moves the secret
    dialog.save_button.click()
    qtbot.waitUntil(lambda: (profiles.SERVICE, "Beijing") in memory_keyring.secrets, timeout=5000)
    qtbot.waitUntil(lambda: (profiles.SERVICE, "Shanghai") not in memory_keyring.secrets, timeout=5000)
    assert settings.load(path)[0].default_profile == "Beijing"
    dialog.remove_profile()
    qtbot.waitUntil(lambda: memory_keyring.secrets == {}, timeout=5000)
    qtbot.waitUntil(lambda: settings.load(path)[0].profiles == [], timeout=5000)


def test_dialog_without_a_keyring_says_so_and_writes_no_secret(qtbot, tmp_path: Path, no_keyring: fail.Keyring) -> None:
    path = tmp_path / "settings.json"
    dialog = ConnectionDialog(settings.Settings(), path)
    qtbot.addWidget(dialog, before_close_func=ConnectionDialog.reject)  # done(): its worker thread ends
    dialog.show()
    qtbot.waitUntil(lambda: dialog.keyring_note.isVisible(), timeout=5000)  # the keyring is asked in the background
    assert profiles.TOKEN_ENV in dialog.keyring_note.text()
    _fill(dialog, "Wall PC", "https://tickets.example.cn", SECRET)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "without its token" in dialog.test_result.text(), timeout=5000)
    assert profiles.TOKEN_ENV in dialog.test_result.text()
    assert settings.load(path)[0].profile("Wall PC") is not None
    assert SECRET not in path.read_text(encoding="utf-8")
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()]


def test_the_dialog_asks_the_keyring_off_the_gui_thread(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        memory_keyring: MemoryKeyring) -> None:
    asked: list[int] = []
    discover = keyring.get_keyring
    monkeypatch.setattr(keyring, "get_keyring", lambda: (asked.append(threading.get_ident()), discover())[1])
    dialog = ConnectionDialog(settings.Settings(), tmp_path / "settings.json")
    qtbot.addWidget(dialog, before_close_func=ConnectionDialog.reject)  # done(): its worker thread ends
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert threading.get_ident() not in asked, "keyring discovery (D-Bus probing) ran on the GUI thread"
    assert dialog.secure


def test_plain_http_to_another_host_needs_the_visible_opt_in(qtbot, tmp_path: Path) -> None:
    dialog = ConnectionDialog(settings.Settings(), tmp_path / "settings.json")
    qtbot.addWidget(dialog, before_close_func=ConnectionDialog.reject)  # done(): its worker thread ends
    dialog.show()
    _fill(dialog, "Lab", "http://10.0.0.5/rt", "")
    assert dialog.insecure.isVisible()
    assert not dialog.save_button.isEnabled()
    assert "http://" in dialog.problem.text()
    dialog.insecure.setChecked(True)
    assert dialog.save_button.isEnabled()
    assert dialog.form_profile().allow_insecure_http
    dialog.url.setText("https://10.0.0.5/rt")
    assert not dialog.insecure.isVisible()


def test_connection_test_runs_in_the_background_against_the_server(qtbot, sim, tmp_path: Path,
                                                                   no_keyring: fail.Keyring) -> None:
    dialog = ConnectionDialog(settings.Settings(), tmp_path / "settings.json")
    qtbot.addWidget(dialog, before_close_func=ConnectionDialog.reject)  # done(): its worker thread ends
    _fill(dialog, "Sim", sim.url, sim.tokens["team_lead"])
    dialog.test_button.click()
    assert not dialog.test_button.isEnabled()  # running, and the GUI thread is free
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    assert dialog.test_result.text().startswith("✓")
    assert "team_lead" in dialog.test_result.text()
    dialog.token.setText("wrong-token")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    assert "401" in dialog.test_result.text()


def test_first_window_fits_the_screen_and_the_users_geometry_comes_back(qtbot) -> None:
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    area, frame = window.screen().availableGeometry(), window.frameGeometry()  # the offscreen screen: 800x800
    assert area.top() <= frame.top()
    assert frame.bottom() <= area.bottom(), (area, frame)
    assert window.width() <= max(area.width(), window.minimumSizeHint().width())  # the review's three panes: ~1000
    status = window.statusBar()
    assert status.mapToGlobal(status.rect().bottomLeft()).y() <= area.bottom()  # Live and the server time in view
    window.resize(window.width() - 40, 550)
    qtbot.waitUntil(lambda: window.height() == 550)
    window.close()
    saved = window.closed_geometry
    assert saved
    again = MainWindow(None)
    qtbot.addWidget(again)
    assert again.restore_geometry(saved)
    assert again.height() == 550  # (Qt narrows a restored width to the screen; the minimum widens it again)
    again.show()
    again.showMaximized()
    qtbot.waitUntil(again.isMaximized)
    again.close()
    third = MainWindow(None)
    qtbot.addWidget(third)
    assert third.restore_geometry(third_saved := again.closed_geometry)
    third.show()
    qtbot.waitUntil(third.isMaximized)
    assert SECRET not in (third_saved or "")
    broken = MainWindow(None)
    qtbot.addWidget(broken)
    assert not broken.restore_geometry("not geometry")
    assert broken.height() == int(area.height() * 0.92)  # fitted, as a first window


def test_app_connects_with_a_profile_and_the_token_from_the_environment(sim, tmp_path: Path) -> None:
    """End to end: ``--profile`` on a machine without a keyring; the token never reaches a file."""
    home = {var: str(tmp_path / var.lower()) for var in
            ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME")}
    config = Path(home["XDG_CONFIG_HOME"]) / "supervisor-console"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps({"default_profile": "Sim", "profiles": [
        {"name": "Sim", "url": sim.url, "backend": "native", "user": "sup"}]}), encoding="utf-8")
    token = sim.tokens["supervisor"]
    env = dict(os.environ, **home, SUPERVISOR_CONSOLE_TOKEN=token,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    shot = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "console", "--screenshot", str(shot), "--quit-after", "4"],
                            env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    log_file = Path(home["XDG_STATE_HOME"]) / "supervisor-console" / "log" / "console.log"
    logged = log_file.read_text(encoding="utf-8")
    assert "token from the environment" in logged
    assert "no data yet" not in logged
    assert "screenshot saved" in logged
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written
    assert not [p for p in written if token.encode() in p.read_bytes()]
    assert token not in result.stderr


def test_choosing_the_profile_to_start_with() -> None:
    from console.app import choose_profile

    prefs = settings.Settings()
    prefs.put(Profile(name="Shanghai", url="https://tickets.example.cn"))
    prefs.put(Profile(name="Lab", url="http://10.0.0.5"))
    assert choose_profile(None, prefs)[0] == prefs.profile("Shanghai")  # the default
    assert choose_profile("Shanghai", prefs)[0] is not None
    missing, why = choose_profile("Taipei", prefs)
    assert missing is None
    assert "Shanghai, Lab" in why
    refused, why = choose_profile("Lab", prefs)  # plain http to another host without the opt-in
    assert refused is None
    assert "http://" in why


def test_file_menu_opens_the_connections_and_the_window_keeps_what_was_saved(
        qtbot, tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    window = MainWindow(None)
    qtbot.addWidget(window)
    assert window.connections_action in window.file_menu.actions()
    dialog = window.open_connections()
    assert isinstance(dialog, ConnectionDialog)
    _fill(dialog, "Shanghai", "https://tickets.example.cn", SECRET)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: window.app_settings is not None and window.app_settings.profile("Shanghai") is not None,
                    timeout=5000)
    assert settings.settings_path() == tmp_path / "supervisor-console" / "settings.json"
    assert settings.load()[0].default_profile == "Shanghai"
    assert SECRET not in settings.settings_path().read_text(encoding="utf-8")
    dialog.reject()  # closed by the user: its worker thread ends


def test_zendesk_profile_signs_in_in_the_browser_and_removing_it_revokes_the_sign_in(
        qtbot, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "settings.json"
    dialog = ConnectionDialog(settings.Settings(), path)
    qtbot.addWidget(dialog)
    dialog.show()
    with ZendeskOAuthServer(expires_in=600) as zendesk:
        _fill(dialog, "Zendesk", zendesk.url, "")
        dialog.backend.setCurrentIndex(dialog.backend.findData("zendesk"))
        # Without an OAuth client: the API-token path, with the deprecation note and no sign-in.
        assert dialog.deprecation.isVisible()
        assert "2027" in dialog.deprecation.text()
        assert dialog.token.isVisible()
        assert not dialog.sign_in_button.isEnabled()
        dialog.oauth_client.setText(CLIENT_ID)
        assert not dialog.deprecation.isVisible()
        assert not dialog.token.isVisible()
        assert dialog.sign_in_button.isEnabled()
        opened: list[str] = []
        dialog.open_browser = lambda url: (opened.append(url), threading.Thread(target=browser, args=(url,)).start())
        dialog.sign_in_button.click()
        qtbot.waitUntil(lambda: "✓" in dialog.test_result.text(), timeout=10000)
        assert "Johnny Agent" in dialog.test_result.text()
        assert opened[0].startswith(zendesk.url + "/oauth/authorizations/new?")
        refresh = memory_keyring.secrets[(profiles.SERVICE, "Zendesk" + profiles.REFRESH_SUFFIX)]
        assert refresh in zendesk.live_refresh_tokens()
        saved = settings.load(path)[0].profile("Zendesk")
        assert saved is not None
        assert saved.oauth_client == CLIENT_ID
        assert saved.signs_in
        assert refresh not in path.read_text(encoding="utf-8")

        dialog.test_button.click()  # the test uses the sign-in too
        qtbot.waitUntil(lambda: "Connected as Johnny Agent" in dialog.test_result.text(), timeout=10000)

        dialog.remove_profile()
        qtbot.waitUntil(lambda: "revoked" in dialog.test_result.text(), timeout=10000)
        assert zendesk.pairs == {}
        assert memory_keyring.secrets == {}
        with pytest.raises(oauth.SignInRequired):
            oauth.refresh_tokens(zendesk.url, CLIENT_ID, refresh)
    dialog.reject()  # closed by the user: its worker thread ends


def test_a_declined_zendesk_sign_in_is_explained(qtbot, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    dialog = ConnectionDialog(settings.Settings(), tmp_path / "settings.json")
    qtbot.addWidget(dialog)
    with ZendeskOAuthServer() as zendesk:
        zendesk.deny = "access_denied"
        _fill(dialog, "Zendesk", zendesk.url, "")
        dialog.backend.setCurrentIndex(dialog.backend.findData("zendesk"))
        dialog.oauth_client.setText(CLIENT_ID)
        dialog.open_browser = lambda url: threading.Thread(target=browser, args=(url,)).start()
        dialog.sign_in()
        qtbot.waitUntil(lambda: "✗" in dialog.test_result.text(), timeout=10000)
        assert explain(oauth.AccessDenied("no", code="access_denied")) in dialog.test_result.text()
        assert memory_keyring.secrets == {}
        assert dialog.sign_in_button.isEnabled()  # the user can try again
    dialog.reject()
