"""The console's status bar says when it is connected through a hub, and how far the hub lags its helpdesk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from api_client.feed import FeedState
from console.qt.sync import SyncController
from console.ui.main_window import MainWindow
from tests.helpers.hub import HubServer
from tests.helpers.sim import SimServer, make_sim


@pytest.fixture
def upstream(tmp_path: Path) -> Iterator[SimServer]:
    server = make_sim(tmp_path, "--speed", "0", "--seed", "5")
    yield server
    server.stop()


def window(qtbot: QtBot, sync: SyncController) -> MainWindow:
    w = MainWindow(sync)
    qtbot.addWidget(w)
    w.show()
    sync.start()
    return w


def test_status_bar_says_via_hub_and_the_lag_only_through_a_hub(qtbot: QtBot, upstream: SimServer,
                                                                 tmp_path: Path) -> None:
    hub = HubServer(db=f"sqlite:///{tmp_path / 'hub.sqlite'}", upstream_kind="native", upstream_url=upstream.url,
                    upstream_token=upstream.tokens["supervisor"], log=tmp_path / "hub.log").add_users().start()
    try:
        through = window(qtbot, SyncController(lambda: hub.client("viewer")))
        direct = window(qtbot, SyncController(lambda: upstream.client("viewer")))
        qtbot.waitUntil(lambda: through.status.state is FeedState.LIVE and direct.status.state is FeedState.LIVE,
                        timeout=15_000)
        through.refresh()
        direct.refresh()
        assert through.connection.text().startswith("● Live via hub (native, ")
        assert through.connection.text().endswith(" s behind)")
        assert direct.connection.text() == "● Live"
        through.close()
        direct.close()
    finally:
        hub.stop()
