"""The agent board and the move picker name skills by the queues needing them, in the reader's language."""

from __future__ import annotations

import msgspec

from console.ui.pages.rebalance import skills_text
from tests.helpers.sim import SimServer


def test_skills_show_as_the_queues_names_in_the_readers_language(sim: SimServer) -> None:
    snap = sim.client().snapshot()
    queues = {q.id: msgspec.structs.replace(q, name=q.names["zh-TW"]) for q in snap.queues}
    agent = next(a for a in snap.agents if len(a.skills) > 1)
    shown = skills_text([*agent.skills, "no-queue-needs-this"], queues).split(", ")
    needed = {q.skill: q.name for q in queues.values()}
    assert shown == [needed[s] for s in agent.skills] + ["no-queue-needs-this"]
    assert not set(agent.skills) & set(shown)  # no raw skill id where a queue names it
    assert all(any("\u4e00" <= c <= "\u9fff" for c in name) for name in shown[:-1])
