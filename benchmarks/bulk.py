"""A 500-ticket bulk reassign end to end: the console's controller through the bulk endpoint, over loopback.

A paused simulator with a backlog; the controller moves 500 waiting tickets to agents (one bulk request,
every ticket's outcome read back). The baseline, in the same run: the same number of tickets moved one
request each (``POST /tickets/{id}/assign``), as a console without the bulk endpoint would.

Summary: ``bulk: ms=... failed=... tickets=... baseline_ms=...``.
"""

from __future__ import annotations

import argparse
import time

from benchmarks._common import SimProcess, summary
from console.core import actions
from console.core.balance_plan import Move


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks bulk", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="100 tickets")
    p.add_argument("--tickets", type=int, default=None)
    args = p.parse_args(argv)
    n = args.tickets or (100 if args.quick else 500)
    with SimProcess(agents=200, open_tickets=3 * n) as sim:
        lead = sim.client("team_lead")
        snap = lead.snapshot()
        agents = [a.id for a in snap.agents]
        waiting = [t for t in snap.tickets if t.assignee_id is None and t.status in ("new", "open")]
        if len(waiting) < 2 * n:
            raise SystemExit(f"only {len(waiting)} waiting tickets, need {2 * n}")  # the baseline takes n more
        moves = [Move(t.id, t.version, None, agents[i % len(agents)]) for i, t in enumerate(waiting[:n])]
        t0 = time.perf_counter()
        action = actions.reassign(lead, moves, "benchmark")
        ms = (time.perf_counter() - t0) * 1000
        failed = len(moves) - action.count("done")
        fresh = [t for t in lead.snapshot().tickets if t.assignee_id is None and t.status in ("new", "open")]
        t0 = time.perf_counter()
        for i, t in enumerate(fresh[:n]):
            lead.assign(t.id, t.version, agents[i % len(agents)], reason="baseline")
        baseline_ms = (time.perf_counter() - t0) * 1000
    print(f"{n} tickets: bulk {ms:.0f} ms, one request each {baseline_ms:.0f} ms; outcomes "
          f"done={action.count('done')} conflict={action.count('conflict')} failed={action.count('failed')}")
    print(summary("bulk", ms=ms, failed=failed, tickets=n, baseline_ms=baseline_ms))
    return 0 if failed == 0 else 1
