"""People in the viewer's language from the real simulator: console users, the history's reviewers and Chinese
agents carry their names per language (Traditional by OpenCC), and the live store names agents in the viewer's
language while keeping the server's names for its cache."""

from __future__ import annotations

import opencc

from console.core.store import LiveStore
from tests.helpers.sim import SimServer

S2T = opencc.OpenCC("s2tw")


def test_users_and_agents_are_named_per_language(sim: SimServer) -> None:
    api = sim.client()
    try:
        everyone = {p.id: p for p in api.users()}
        me = api.whoami()
    finally:
        api.close()
    assert everyone["u-lead"].names == {"en": "Team lead", "zh-CN": "组长", "zh-TW": "組長"}
    assert me.id == "u-sup"
    assert me.names["zh-TW"] == "主管"
    assert everyone["u-qa-chen"].names["zh-TW"] == "陳杰"
    chinese = [p for p in everyone.values() if p.role == "agent" and "\u4e00" <= p.name[0] <= "\u9fff"]
    assert chinese, "the demo hires Chinese agents"
    for p in chinese:
        assert p.names["zh-CN"] == p.name
        assert p.names["zh-TW"] == S2T.convert(p.name)
    assert any(p.names["zh-TW"] != p.name for p in chinese)  # some names are written differently


def test_the_store_names_agents_in_the_viewers_language_and_keeps_the_servers(sim: SimServer) -> None:
    snap = sim.snapshot()
    sent = {a.id: a.name for a in snap.agents}
    differ = [a for a in snap.agents if a.names.get("zh-TW", a.name) != a.name]
    assert differ
    store = LiveStore()
    store.language = "zh-TW"
    store.load(snap)
    assert all(store.agents[a.id].name == a.names["zh-TW"] for a in differ)
    assert {a.agent_id: a.name for a in store.agent_loads()}.get(differ[0].id, differ[0].names["zh-TW"]) \
        == differ[0].names["zh-TW"]
    assert {a.id: a.name for a in store.reported.values()} == sent  # the cache keeps what the server said
    store.set_language("en")  # back, live
    assert {a.id: a.name for a in store.agents.values()} == sent
    store.set_language("zh-TW")
    assert all(store.agents[a.id].name == a.names["zh-TW"] for a in differ)
