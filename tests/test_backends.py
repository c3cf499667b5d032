"""The backend registry and what the console shows for data a backend cannot provide."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from api_client.backend import CAPABILITIES, capabilities
from api_client.backends import BACKENDS, capabilities_of, connect
from api_client.chatwoot import ChatwootBackend
from api_client.native import NativeBackend
from api_client.rt import RtBackend
from console.core.store import LiveStore
from console.ui.pages.dashboard import DashboardPage
from console.ui.pages.overview import OverviewPage
from widgets.severity import Severity


def test_registry_builds_each_kind() -> None:
    assert set(BACKENDS) == {"native", "rt", "zendesk", "chatwoot"}
    assert isinstance(connect("rt", "http://127.0.0.1:9/", "1-2-abc"), RtBackend)
    assert isinstance(connect("chatwoot", "http://127.0.0.1:9/app/accounts/4", "t"), ChatwootBackend)
    with pytest.raises(KeyError, match="unknown backend 'otrs'"):
        connect("otrs", "http://127.0.0.1:9/", "t")


def test_capabilities_say_what_is_missing() -> None:
    assert capabilities(NativeBackend) == CAPABILITIES
    assert "push" not in capabilities_of("rt")
    assert "sla" not in capabilities_of("chatwoot")
    assert "sla" in capabilities_of("zendesk")
    assert "csat" in capabilities_of("zendesk")
    for kind in BACKENDS:
        assert capabilities_of(kind) <= CAPABILITIES


def test_dashboard_says_not_available_instead_of_zero(qtbot: QtBot) -> None:
    page = DashboardPage()
    qtbot.addWidget(page)
    page.set_capabilities(capabilities_of("chatwoot"))
    page.show_metrics(LiveStore().metrics(), {}, stale=False)
    for key in ("breached", "at_risk", "service_level", "csat"):
        assert page.tiles[key].value.text() == "–"
        assert page.tiles[key].caption.text() == "not available from this backend"
        assert page.tiles[key].severity is Severity.NEUTRAL
    assert page.tiles["waiting"].value.text().endswith("0")  # a real zero stays a zero
    assert page.tiles["agents_available"].caption.text() != "not available from this backend"
    page.set_capabilities(CAPABILITIES)
    page.show_metrics(LiveStore().metrics(), {}, stale=False)
    assert page.tiles["breached"].caption.text() != "not available from this backend"


def test_overview_says_not_available_for_sla_without_sla(qtbot: QtBot) -> None:
    page = OverviewPage()
    qtbot.addWidget(page)
    page.set_capabilities(capabilities_of("chatwoot"))
    page.show_summary(LiveStore().metrics(), stale=True)  # no queues: no chart to draw
    assert page.tiles["breached"].caption.text() == "not available from this backend"
    assert page.tiles["available"].caption.text() != "not available from this backend"  # Chatwoot has states
    page.set_capabilities(capabilities_of("rt"))
    page.show_summary(LiveStore().metrics(), stale=True)  # no queues: no chart to draw
    assert page.tiles["available"].value.text() == "–"
    assert page.tiles["breached"].value.text() != "–"
