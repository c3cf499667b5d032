"""GET /history for 24 h at 60 s against a console computing the same from every ticket it fetches.

A paused simulator (the demo's 45 agents) runs 26 simulated hours; then, median of ``--runs`` interleaved runs:
``ms`` is ``NativeBackend.history`` (the server computes from its SQLite tickets, the client decodes the
columnar answer), ``baseline_ms`` is the console fetching all tickets through ``GET /tickets`` pages and running
:func:`api_client.history.compute` itself. Both give the same series (checked).

Summary: ``history: ms=... baseline_ms=... ratio=... kb=... baseline_kb=... points=... cells=...``
(``ratio = baseline_ms / ms``, >1: the endpoint is faster; kb: bytes over the wire).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import timedelta

import msgspec

from api_client.history import compute
from api_client.models import Ticket
from benchmarks._common import SimProcess, median, summary


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks history", description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--hours", type=float, default=26.0, help="simulated hours before measuring (default 26)")
    args = p.parse_args(argv)
    with SimProcess(agents=45) as sim:
        client = sim.client("supervisor")
        client.sim_advance(args.hours * 3600)
        until = client.sim_status().sim_time
        since = until - timedelta(hours=24)
        queues = {q.id: q for q in client.snapshot().queues}
        ours, base = [], []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            series = client.history(since, until, 60)
            ours.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            tickets = list(client.tickets())
            local = compute(tickets, queues, since.timestamp(), until.timestamp(), 60)
            base.append(time.perf_counter() - t0)
        assert local == series, "the endpoint and the client-side computation must agree"
        size = len(client.http.request("GET", "/history", params={
            "since": since.isoformat(), "until": until.isoformat(), "step": 60}).content)
        base_size, after = 0, 0
        while True:  # the bytes of the ticket pages the baseline reads
            body = client.http.request("GET", "/tickets", params={"after_id": after, "limit": 5000}).content
            base_size += len(body)
            ids = [t.id for t in msgspec.json.decode(body, type=list[Ticket])]
            if len(ids) < 5000:
                break
            after = ids[-1]
        client.close()
    ms, baseline_ms = median(ours) * 1000, median(base) * 1000
    print(summary("history", ms=ms, baseline_ms=baseline_ms, ratio=baseline_ms / ms, kb=size // 1024,
                  baseline_kb=base_size // 1024, points=len(series.times), cells=len(series.cells),
                  tickets=len(tickets)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
