"""A review-queue reload on the demo centre: requests and time, batched against one interaction at a time.

Ours: ``console.core.qa.queue.load_queue`` (every review and assignment in keyset pages, the assigned interactions
200 per request, team names from the live store). Baseline, in the same run on the same server: the previous
loading (one page of reviews, one page of assignments, one ``GET /interactions/{id}`` per assignment, and 500
full interactions downloaded to list team names). The demo reviewer's queue is filled by sampling ``--per-agent``
interactions per agent (60 agents, seed 1, as ``--demo``). ``--quick``: 2 per agent, 2 repeats.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from api_client import errors
from api_client import models as m
from api_client.native import NativeBackend
from benchmarks._common import SimProcess, median, summary
from console.core.qa.queue import QueueItem, load_queue

REVIEWER = "u-qa"


def count_requests(backend: NativeBackend) -> list[tuple[str, str]]:
    """Record every HTTP request ``backend`` sends, as (method, path), in the list returned."""
    sent: list[tuple[str, str]] = []
    request = backend.http.request

    def counted(method: str, path: str, **kw: Any) -> Any:
        sent.append((method, path))
        return request(method, path, **kw)

    backend.http.request = counted  # type: ignore[method-assign]
    return sent


def old_load_queue(backend: NativeBackend, reviewer_id: str) -> tuple[list[QueueItem], list[str]]:
    """The previous "mine" queue loading, kept as the baseline (it truncated at one page of each list)."""
    reviews = {r.interaction_id: r for r in reversed(backend.reviews(reviewer_id=reviewer_id, limit=5000))
               if r.calibration_id is None}
    wanted = [a.interaction_id for a in backend.assignments(reviewer_id=reviewer_id, limit=200)]
    interactions = []
    for iid in wanted[:200]:
        try:
            interactions.append(backend.interaction(iid))
        except errors.NotFound:
            continue
    teams = sorted({i.team for i in backend.interactions(limit=500) if i.team})
    return [QueueItem(i, reviews.get(i.id), True) for i in interactions], teams


def measure(fn: Callable[[], object], sent: list[tuple[str, str]]) -> tuple[int, float, object]:
    sent.clear()
    t = time.perf_counter()
    result = fn()
    return len(sent), (time.perf_counter() - t) * 1000, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks qaload", description=__doc__.splitlines()[0])
    parser.add_argument("--per-agent", type=int, default=6, help="interactions sampled per agent (default 6)")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    if args.quick:
        args.per_agent, args.repeats = 2, 2
    with SimProcess(agents=60, seed=1) as sim:
        sup = sim.client("supervisor")
        now = sup.sim_status().sim_time
        added = sup.sample(m.SampleRequest(reviewer_id=REVIEWER, per_agent=args.per_agent, seed=1,
                                           since=now - timedelta(days=7), until=now))
        reviewer = sim.client("qa_reviewer")
        sent = count_requests(reviewer)
        teams = sorted({a.team for a in sup.snapshot().agents})  # the live store's agents
        old_calls, old_ms, new_calls, new_ms = [], [], [], []
        old_items: list[QueueItem] = []
        new_items: list[QueueItem] = []
        for _ in range(args.repeats):
            calls, ms, result = measure(lambda: old_load_queue(reviewer, REVIEWER), sent)
            old_items = result[0]  # type: ignore[index]
            old_calls.append(calls)
            old_ms.append(ms)
            calls, ms, result = measure(lambda: load_queue(reviewer, REVIEWER, "mine", m.InteractionFilter(), []),
                                        sent)
            new_items = result  # type: ignore[assignment]
            new_calls.append(calls)
            new_ms.append(ms)
        old_ids = [i.interaction.id for i in old_items]
        new_ids = [i.interaction.id for i in new_items]
        if new_ids[:len(old_ids)] != old_ids or len(new_ids) != len(added):
            raise SystemExit(f"qaload: the two loadings disagree ({len(old_ids)} / {len(new_ids)} of {len(added)})")
        sup.close()
        reviewer.close()
    print(f"assignments {len(added)}; old path lists {len(old_ids)} of them, ours {len(new_ids)}; "
          f"teams from the live store: {len(teams)}")
    print(f"old: {median(old_calls):.0f} requests, {median(old_ms):.0f} ms (median of {args.repeats})")
    print(f"ours: {median(new_calls):.0f} requests, {median(new_ms):.0f} ms")
    print(summary("qaload", assignments=len(added), old_calls=median(old_calls), new_calls=median(new_calls),
                  calls_ratio=median(old_calls) / median(new_calls), old_ms=median(old_ms), new_ms=median(new_ms),
                  speedup=median(old_ms) / median(new_ms), old_listed=len(old_ids), new_listed=len(new_ids)))
    return 0
