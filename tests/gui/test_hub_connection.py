"""File > Connections adds a hub: a native profile marked as the centre's shared server, labelled "Hub" in the list;
a console connected with it through a real hub following the simulator says so in the status bar."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from api_client.feed import FeedState
from api_client.registry import connect
from console.infra import profiles, settings
from console.infra.profiles import Profile
from console.qt.sync import SyncController
from console.ui.dialogs.connection import ConnectionDialog
from console.ui.main_window import MainWindow
from tests.helpers.hub import HubServer
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.sim import SimServer


@pytest.fixture
def hub(sim: SimServer, tmp_path: Path) -> Iterator[HubServer]:
    server = HubServer(db=f"sqlite:///{tmp_path / 'hub.sqlite'}", upstream_kind="native", upstream_url=sim.url,
                       upstream_token=sim.tokens["supervisor"], log=tmp_path / "hub.log").add_users().start()
    yield server
    server.stop()


def test_a_hub_profile_is_added_tested_and_connected_through_the_hub(
        qtbot: QtBot, hub: HubServer, sim: SimServer, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "settings.json"
    dialog = ConnectionDialog(settings.Settings(), path)
    qtbot.addWidget(dialog, before_close_func=ConnectionDialog.reject)
    dialog.show()
    dialog.add_profile()
    assert not dialog.hub_help.isVisible()
    dialog.name.setText("Centre")
    dialog.backend.setCurrentIndex(dialog.backend.findData("hub"))
    assert dialog.backend.currentText() == "Hub (the centre's shared server)"
    assert dialog.hub_help.isVisible()
    assert "shared server" in dialog.hub_help.text()
    dialog.url.setText(hub.url)
    dialog.token.setText(hub.tokens["team_lead"])
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("✓"), timeout=10_000)
    assert dialog.test_result.text().endswith("The hub follows native.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "keyring" in dialog.test_result.text(), timeout=5000)
    saved = settings.load(path)[0].profile("Centre")
    assert saved == Profile(name="Centre", url=hub.url, backend="native", hub=True)
    assert dialog.list.item(0).text() == "Centre (Hub, default)"

    dialog.add_profile()  # the simulator itself is not a hub: the test says so
    dialog.name.setText("Direct")
    dialog.backend.setCurrentIndex(dialog.backend.findData("hub"))
    dialog.url.setText(sim.url)
    dialog.token.setText(sim.tokens["viewer"])
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("✓"), timeout=10_000)
    assert "not a hub" in dialog.test_result.text()
    dialog.show_profile(saved)  # an existing hub profile comes back as a hub
    assert dialog.backend.currentData() == "hub"

    token = profiles.load_secret("Centre")[0]
    sync = SyncController(lambda: connect(saved.backend, saved.url, token))
    window = MainWindow(sync)
    qtbot.addWidget(window)
    window.show()
    sync.start()
    qtbot.waitUntil(lambda: window.status.state is FeedState.LIVE, timeout=15_000)
    qtbot.waitUntil(lambda: (window.refresh(), window.connection.text())[1].startswith("● Live via hub (native"),
                    timeout=20_000)
    window.close()
