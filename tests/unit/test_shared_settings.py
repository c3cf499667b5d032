"""The centre's shared settings (``/settings/{name}``) on the real simulator: versions, roles, checks, restarts."""

from __future__ import annotations

import msgspec
import pytest

from api_client.errors import Forbidden, InvalidRequest, NotFound
from api_client.wall_layout import parse
from console.core import thresholds
from tests.helpers.sim import SimServer


def test_a_supervisor_saves_versions_everyone_reads_the_newest(own_sim: SimServer) -> None:
    sup, viewer = own_sim.client("supervisor"), own_sim.client("viewer")
    assert viewer.setting("thresholds") is None, "nothing shared yet: each console keeps its own"
    first = sup.save_setting("thresholds", {"waiting": {"amber": 5, "red": 15}})
    second = sup.save_setting("thresholds", {"waiting": {"amber": 8, "red": 20},
                                             "service_level": {"amber": 0.9, "red": 0.8}})
    assert (first.version, second.version) == (1, 2)
    read = viewer.setting("thresholds")
    assert read is not None
    assert (read.version, read.updated_by, read.data) == (2, sup.whoami().id, second.data)
    limits = thresholds.from_document(read.data)
    assert (limits["waiting"].amber, limits["service_level"].red) == (8, 0.8)
    assert limits["breached"] == thresholds.DEFAULTS["breached"], "what the document leaves out keeps its default"


def test_a_wall_layout_round_trips(own_sim: SimServer) -> None:
    pages = parse(msgspec.json.encode({"seconds": 30, "pages": [
        {"title": "Floor 2", "rows": 2, "columns": 2, "tiles": [
            {"type": "kpi", "metric": "service_level", "queue": "billing", "at": [0, 0]},
            {"type": "chart", "chart": "risk", "hours": 4, "at": [0, 1]},
            {"type": "agents", "by": "agent", "at": [1, 0], "span": [1, 2]}]}]}))
    saved = own_sim.client("supervisor").save_setting("wall_layout", msgspec.to_builtins(pages))
    read = own_sim.client("viewer").setting("wall_layout")
    assert read is not None
    assert read.version == saved.version == 1
    assert parse(msgspec.json.encode(read.data)) == pages


@pytest.mark.parametrize("role", ["team_lead", "qa_reviewer", "viewer"])
def test_only_a_supervisor_saves(own_sim: SimServer, role: str) -> None:
    with pytest.raises(Forbidden):
        own_sim.client(role).save_setting("thresholds", {})
    assert own_sim.client("viewer").setting("thresholds") is None


@pytest.mark.parametrize(("name", "data", "says"), [
    ("thresholds", {"speed": {"amber": 1, "red": 2}}, "unknown metric 'speed'"),
    ("thresholds", {"waiting": {"amber": 30, "red": 10}}, "waiting: red must be above amber"),
    ("thresholds", {"service_level": {"amber": 0.7, "red": 0.9}}, "service_level: red must be below amber"),
    ("thresholds", {"waiting": {"amber": "10", "red": 30}}, "waiting: amber and red must be numbers"),
    ("thresholds", {"waiting": {"amber": 10}}, "waiting: give exactly amber and red"),
    ("wall_layout", {"pages": []}, "wall_layout: Expected `array` of length >= 1 - at `$.pages`"),
    ("wall_layout", {"pages": [{"title": "A", "rows": 1, "columns": 1, "tiles": [
        {"type": "kpi", "metric": "waiting", "at": [0, 0], "span": [1, 2]}]}]}, "reaches past the page's grid"),
])
def test_a_document_that_makes_no_sense_is_refused_naming_the_fault(own_sim: SimServer, name: str, data: dict,
                                                                   says: str) -> None:
    sup = own_sim.client("supervisor")
    with pytest.raises(InvalidRequest) as refused:
        sup.save_setting(name, data)  # type: ignore[arg-type]
    assert refused.value.status == 422
    assert says in refused.value.message
    assert sup.setting(name) is None  # type: ignore[arg-type]


def test_an_unknown_setting_is_not_found(own_sim: SimServer) -> None:
    with pytest.raises(NotFound):
        own_sim.client("supervisor").save_setting("colours", {})  # type: ignore[arg-type]


def test_shared_settings_outlive_a_restart(own_sim: SimServer) -> None:
    own_sim.client("supervisor").save_setting("thresholds", {"at_risk": {"amber": 3, "red": 9}})
    own_sim.restart()
    read = own_sim.client("viewer").setting("thresholds")
    assert read is not None
    assert read.data == {"at_risk": {"amber": 3, "red": 9}}
