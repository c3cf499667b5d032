"""What the dashboard and the overview show for data a backend cannot provide: not available, never zero."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from api_client.backend import ALL_CAPABILITIES
from api_client.registry import capabilities_of
from console.core.store import LiveStore
from console.ui.pages.dashboard import DashboardPage
from console.ui.pages.overview import OverviewPage
from widgets.severity import Severity


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
    page.set_capabilities(ALL_CAPABILITIES)
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
