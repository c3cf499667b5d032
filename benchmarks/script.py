"""Ticket rows in the reader's script: the rebalance table's rows built for a zh_TW reader vs as written.

A paused simulator with ``--open-tickets`` tickets (its customers write Simplified, Traditional and English
subjects); its snapshot's tickets go through :func:`console.core.rebalance.ticket_rows`, the code that builds
the ticket table's rows (on a worker, once per refresh: never per paint). Medians of ``--runs``:

* ``baseline_ms``: the rows as written (an English reader: no conversion);
* ``cold_ms``: the rows for a zh_TW reader with the conversion cache emptied first;
* ``warm_ms``: the same again, the subjects in the cache (every refresh after the first);
* ``opencc_ms``: the subjects alone through OpenCC without the cache (what each refresh would add uncached);
* ``cached_ms``: the subjects alone through :func:`console.core.script.in_script`, warm.

Summary: ``script: baseline_ms=... cold_ms=... warm_ms=... opencc_ms=... cached_ms=... rows=... converted=...
entries=...`` (``converted``: subjects a zh_TW reader sees changed; ``entries``: the cache's entries after it all).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import opencc

from benchmarks._common import SimProcess, median, summary
from console.core import script
from console.core.rebalance import ticket_rows


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks script", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="2,000 open tickets, for tests")
    p.add_argument("--tickets", type=int, default=None, help="open tickets (default 20000)")
    p.add_argument("--runs", type=int, default=7, help="timed builds of each kind (default 7, at least 3)")
    args = p.parse_args(argv)
    if args.tickets is None:
        args.tickets = 2_000 if args.quick else 20_000
    if args.runs < 3:
        p.error("--runs must be at least 3")
    return args


def _ms(fn: Callable[[], object], runs: int, before: Callable[[], object] = lambda: None) -> float:
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return median(times)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv or [])
    with SimProcess(agents=200, open_tickets=args.tickets) as sim:
        api = sim.client()
        try:
            snap = api.snapshot()
        finally:
            api.close()
    tickets, queues, agents = snap.tickets, {q.id: q for q in snap.queues}, {a.id: a for a in snap.agents}
    subjects = [t.subject for t in tickets]
    converter = opencc.OpenCC(script.CONVERSIONS["zh_TW"])

    def rows(language: str) -> object:
        return ticket_rows(tickets, queues, agents, None, language)

    baseline = _ms(lambda: rows("en"), args.runs)
    cold = _ms(lambda: rows("zh_TW"), args.runs, before=script._convert.cache_clear)
    warm = _ms(lambda: rows("zh_TW"), args.runs)
    uncached = _ms(lambda: [converter.convert(s) for s in subjects], args.runs)
    cached = _ms(lambda: [script.in_script(s, "zh_TW") for s in subjects], args.runs)
    converted = sum(script.in_script(s, "zh_TW") != s for s in subjects)
    print(f"{len(tickets)} tickets, {len(set(subjects))} distinct subjects, {converted} shown converted to zh_TW")
    print(summary("script", baseline_ms=baseline, cold_ms=cold, warm_ms=warm, opencc_ms=uncached, cached_ms=cached,
                  rows=len(tickets), converted=converted, entries=script._convert.cache_info().currsize))
    return 0
