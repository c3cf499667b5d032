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
    page.set_capabilities(capabilities_of("chatwoot"), "chatwoot")
    page.show_metrics(LiveStore().metrics(), {}, stale=False)
    assert page.tiles["csat"].value.text() == "–"  # Chatwoot's survey answers are not on the dashboard
    assert page.tiles["csat"].caption.text() == "not available from this backend"
    assert page.tiles["csat"].severity is Severity.NEUTRAL
    assert page.tiles["service_level"].value.text() == "–"  # nothing counted yet: no data, and not "unavailable"
    assert page.tiles["service_level"].caption.text() != "not available from this backend"
    assert page.tiles["waiting"].value.text().endswith("0")  # a real zero stays a zero
    assert page.tiles["agents_available"].caption.text() != "not available from this backend"
    page.set_capabilities(ALL_CAPABILITIES)
    page.show_metrics(LiveStore().metrics(), {}, stale=False)
    assert page.tiles["breached"].caption.text() != "not available from this backend"


def test_overview_says_not_available_for_sla_without_sla(qtbot: QtBot) -> None:
    page = OverviewPage()
    qtbot.addWidget(page)
    page.set_capabilities(frozenset())
    page.show_summary(LiveStore().metrics(), stale=True)  # no queues: no chart to draw
    assert page.tiles["breached"].caption.text() == "not available from this backend"
    assert page.tiles["available"].value.text() == "–"
    page.set_capabilities(capabilities_of("rt"))  # RT: due times, and agent states from activity
    page.show_summary(LiveStore().metrics(), stale=True)
    assert page.tiles["available"].caption.text() != "not available from this backend"
    assert page.tiles["breached"].value.text() != "–"


def test_tooltips_say_what_a_number_means_on_each_system(qtbot: QtBot) -> None:
    page = DashboardPage()
    qtbot.addWidget(page)
    native = page.tiles["service_level"].toolTip()
    assert "Live contacts" in native
    tips = {}
    for kind in ("rt", "zendesk", "chatwoot"):
        page.set_capabilities(capabilities_of(kind), kind)
        tips[kind] = page.tiles["service_level"].toolTip()
        assert "first reply" in tips[kind]
        assert "Live contacts" not in tips[kind]
    assert "correspondence" in tips["rt"]
    assert "applied_sla" in tips["chatwoot"]
    assert "metrics" in tips["zendesk"]
    page.set_capabilities(capabilities_of("rt"), "rt")
    assert "15 minutes" in page.tiles["agents_available"].toolTip()
    assert "custom field" in page.tiles["csat"].toolTip()
