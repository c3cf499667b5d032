"""Keyset pagination of the QA lists and the audit log, and the batched review-queue loading, on the real simulator
over HTTP (requests counted by a wrapper around the real client, ids checked against the simulator's SQLite file)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

import pytest
import requests

from api_client.contract import MAX_IDS
from api_client.models import InteractionFilter, SampleRequest
from api_client.native import NativeBackend
from api_client.paging import every
from benchmarks.qaload import count_requests
from console.core.qa.queue import all_reviews, interactions_of, load_queue
from tests.helpers.qa import add_reviews, db_ids
from tests.helpers.sim import SimServer

PAGE = 100


def _sample(sup: NativeBackend, reviewer: str, per_agent: int, seed: int = 1) -> int:
    now = sup.sim_status().sim_time
    return len(sup.sample(SampleRequest(reviewer_id=reviewer, per_agent=per_agent, seed=seed,
                                        since=now - timedelta(days=7), until=now)))


Fetch = Callable[[int | None, int], Sequence[Any]]


def _walk(fetch: Fetch, add: Callable[[], None], page: int) -> tuple[list[int], int]:
    """Every id ``fetch`` pages through while ``add`` puts a new item in the list after each page; and the pages."""
    calls = 0

    def paged(before: int | None, limit: int) -> Sequence[Any]:
        nonlocal calls
        calls += 1
        items = fetch(before, limit)
        add()  # a newer item arrives between two pages
        return items

    return [item.id for item in every(paged, page)], calls


def test_before_id_never_repeats_or_skips_while_items_are_added(own_sim: SimServer) -> None:
    sup, qa = own_sim.client("supervisor"), own_sim.client("qa_reviewer")
    add_reviews(qa, max(0, 600 - len(db_ids(own_sim.db, "reviews"))))  # more than one page of each kind
    _sample(sup, "u-qa", 5)
    pool = iter(i.id for i in sup.interactions(limit=5000))
    lists: dict[str, tuple[Fetch, Callable[[], None]]] = {
        "reviews": (lambda b, n: qa.reviews(limit=n, before_id=b), lambda: add_reviews(qa, 1)),
        "audit": (lambda b, n: sup.audit(limit=n, before_id=b), lambda: add_reviews(qa, 1)),  # a review is audited
        "assignments": (lambda b, n: sup.assignments(limit=n, before_id=b),
                        lambda: sup.assign_review(next(pool), "u-sup") and None),
        "interactions": (lambda b, n: sup.interactions(limit=n, before_id=b),
                         lambda: sup.sim_advance(120) and None),  # the centre goes on: new conversations end
    }
    for table, (fetch, add) in lists.items():
        before = db_ids(own_sim.db, table)
        assert len(before) > PAGE, table
        seen, calls = _walk(fetch, add, PAGE)
        assert seen == before, table  # newest first, each once, none skipped, none of the newer ones
        assert calls == len(before) // PAGE + 1, table
        assert len(db_ids(own_sim.db, table)) > len(before), table  # items really were added meanwhile


def test_ids_filter_returns_only_those_that_exist_and_match(sim: SimServer) -> None:
    qa = sim.client("qa_reviewer")
    newest = qa.interactions(limit=MAX_IDS)
    ids = [i.id for i in newest[::3]] + [10**9]  # one that does not exist
    got = qa.interactions(limit=len(ids), ids=ids)
    assert [i.id for i in got] == sorted(ids[:-1], reverse=True)
    phone = qa.interactions(InteractionFilter(channel="phone"), limit=len(ids), ids=ids)
    assert [i.id for i in phone] == [i.id for i in got if i.channel == "phone"]
    assert interactions_of(qa, [ids[2], ids[0], ids[2], ids[-1]]) == [got[2], got[0]]  # in the order asked, once each


@pytest.mark.parametrize("ids", [",".join(str(i) for i in range(1, MAX_IDS + 2)), "1,,2", "1,x", "0", ""])
def test_ids_filter_refuses_too_many_or_malformed_ids(sim: SimServer, ids: str) -> None:
    resp = requests.get(f"{sim.url}/api/v1/interactions", params={"ids": ids, "limit": 500}, timeout=10,
                        headers={"Authorization": f"Bearer {sim.tokens['viewer']}"})
    assert resp.status_code == 400
    assert resp.json()["field"] == "ids"


def test_queue_reload_fetches_assigned_interactions_in_batches(own_sim: SimServer) -> None:
    sup = own_sim.client("supervisor")
    sup.sim_advance(2 * 3600)  # conversations enough for three batches: the warm-up alone ends some 300
    assigned = _sample(sup, "u-qa", 20)
    assert assigned > 2 * MAX_IDS
    qa = own_sim.client("qa_reviewer")
    add_reviews(qa, 3)  # on the newest interactions, most of them in the queue
    reviewed = {r.interaction_id for r in qa.reviews(reviewer_id="u-qa")}
    sent = count_requests(qa)
    items = load_queue(qa, "u-qa", "mine", InteractionFilter(), [])
    assert len(items) == assigned  # every assignment, not the newest 200
    assert {i.interaction.id for i in items if i.review is not None} == reviewed & {i.interaction.id for i in items}
    assert any(i.review is not None for i in items)
    paths = [path for _, path in sent]
    assert paths.count("/interactions") == math.ceil(assigned / MAX_IDS)
    assert not [p for p in paths if p.startswith("/interactions/")]  # no single fetches
    assert paths.count("/reviews") == 1
    assert paths.count("/assignments") == math.ceil((assigned + 1) / 500)
    assert len(paths) == 1 + math.ceil((assigned + 1) / 500) + math.ceil(assigned / MAX_IDS)

    sent.clear()
    phone = load_queue(qa, "u-qa", "mine", InteractionFilter(channel="phone"), [])
    assert phone
    assert {i.interaction.channel for i in phone} == {"phone"}
    assert [i.interaction.id for i in phone] == [i.interaction.id for i in items if i.interaction.channel == "phone"]
    drafts = load_queue(qa, "u-qa", "drafts", InteractionFilter(), [items[1].interaction.id, 10**9])
    assert [i.interaction.id for i in drafts] == [items[1].interaction.id]  # a draft from another server is left out


def test_a_cancelled_loading_stops_after_the_page_in_flight(own_sim: SimServer) -> None:
    qa = own_sim.client("qa_reviewer")
    add_reviews(qa, max(0, 2 * PAGE + 1 - len(db_ids(own_sim.db, "reviews"))))  # whatever the demo seeded
    assert len(db_ids(own_sim.db, "reviews")) > 2 * PAGE
    sent = count_requests(qa)
    assert len(all_reviews(qa, stop=lambda: True, page=PAGE)) == PAGE
    assert len(sent) == 1
    assert len(all_reviews(qa, page=PAGE)) == len(db_ids(own_sim.db, "reviews"))
