"""Change-feed throughput over real HTTP: SSE stream (live and replayed) vs long-poll replay of the same events.

A paused simulator child process (``--speed 0 --agents 2000``) is driven with ``POST /sim/advance``
in ``--step`` simulated-second steps until at least ``--events`` change events exist. Measured:

* live: one thread follows ``backend.stream(cursor)`` (SSE) while the main thread advances; wall time
  from the first advance until the consumer holds every event up to the final cursor. This includes
  the server generating the events, so it is bounded by ``gen_events_per_s``.
* replay (the events are retained server-side, so the identical range is consumed again without
  re-generating): ``--rounds`` rounds each, interleaved, of SSE ``stream(start)`` and of long-poll
  ``changes(cursor, wait=20)`` (the client's fallback transport), both with the client's batch of 2000.

Summary: ``feed: events_per_s=... longpoll_events_per_s=... events=... ratio=... sse_replay_events_per_s=...
gen_events_per_s=...`` where ``events_per_s`` is live SSE end to end, ``longpoll_events_per_s`` and
``sse_replay_events_per_s`` are replay medians, ``ratio = sse_replay_events_per_s / longpoll_events_per_s``
(same events, same conditions; >1: SSE is faster) and ``gen_events_per_s`` is the rate at which the
server produced the events (the ceiling of the live figure). The delay from the last advance's answer
until the live consumer had its last event is printed above the summary.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import threading
import time

from api_client import models as m
from api_client.errors import ApiError
from api_client.native import NativeBackend
from benchmarks._common import SimProcess, median, summary

LONG_POLL_WAIT = 20.0  # as api_client.feed
WAIT_S = 120.0  # longest we wait for the live consumer to catch up
JOIN_S = 15.0  # the SSE heartbeat comes every 5 s; a stopped consumer notices it on the next one


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks feed", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="small run (200 agents, ~2,000 events, 1 round), for tests")
    p.add_argument("--events", type=int, default=None, help="change events to produce (default 50000)")
    p.add_argument("--agents", type=int, default=None, help="agents (default 2000)")
    p.add_argument("--open-tickets", type=int, default=0, help="extra open backlog (default 0)")
    p.add_argument("--step", type=float, default=60.0, help="simulated seconds per advance (default 60)")
    p.add_argument("--rounds", type=int, default=None, help="replay rounds of each transport (default 3)")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    if args.events is None:
        args.events = 2_000 if args.quick else 50_000
    if args.agents is None:
        args.agents = 200 if args.quick else 2000
    if args.rounds is None:
        args.rounds = 1 if args.quick else 3
    if args.events < 1 or args.rounds < 1 or args.step <= 0:
        p.error("--events and --rounds must be >= 1, --step > 0")
    return args


class LiveConsumer(threading.Thread):
    """Follows the SSE stream from ``cursor``, noting when each page arrived."""

    def __init__(self, backend: NativeBackend, cursor: int) -> None:
        super().__init__(name="bench-sse-live", daemon=True)
        self.backend = backend
        self.cursor = cursor
        self.marks: list[tuple[int, float]] = []  # (page cursor, perf_counter) per page with changes
        self.gaps = 0  # changes whose id did not follow the previous one
        self.error: BaseException | None = None
        self.cond = threading.Condition()
        self.stopping = threading.Event()

    def run(self) -> None:
        try:
            with contextlib.closing(self.backend.stream(self.cursor)) as pages:
                for page in pages:
                    now = time.perf_counter()
                    expected = self.cursor
                    for change in page.changes:
                        expected += 1
                        self.gaps += change.id != expected
                    with self.cond:
                        if page.changes:
                            self.marks.append((page.cursor, now))
                        self.cursor = page.cursor
                        self.cond.notify_all()
                        if self.stopping.is_set():
                            return
        except ApiError as exc:  # reported by the main thread
            self.error = exc
        finally:
            with self.cond:
                self.cond.notify_all()

    def wait_for(self, target: int, timeout: float) -> bool:
        """Wait until the consumer reached ``target`` (or failed); True if it did."""
        with self.cond:
            self.cond.wait_for(lambda: self.cursor >= target or self.error is not None or not self.is_alive(),
                               timeout)
            return self.cursor >= target

    def reached_at(self, target: int) -> float:
        return next(t for cursor, t in self.marks if cursor >= target)

    def stop(self) -> None:
        self.stopping.set()


def status(backend: NativeBackend) -> m.SimStatus:
    return backend.http.get("/sim/status", m.SimStatus)


def count(page: m.ChangesPage, start: int, final: int) -> int:
    return sum(start < c.id <= final for c in page.changes)


def replay_sse(backend: NativeBackend, start: int, final: int) -> tuple[int, float]:
    events = 0
    t = time.perf_counter()
    with contextlib.closing(backend.stream(start)) as pages:
        for page in pages:
            events += count(page, start, final)
            if page.cursor >= final:
                return events, time.perf_counter() - t
    raise RuntimeError(f"SSE replay ended early after {events} events")


def replay_longpoll(backend: NativeBackend, start: int, final: int) -> tuple[int, float]:
    events, cursor = 0, start
    t = time.perf_counter()
    while cursor < final:
        page = backend.changes(cursor, wait=LONG_POLL_WAIT)
        events += count(page, start, final)
        cursor = page.cursor
    return events, time.perf_counter() - t


def warm_up(ctl: NativeBackend, live: LiveConsumer, cursor: int, step: float) -> int:
    """Advance a little until there is an event, and wait until the live stream delivered it: it is connected."""
    first = cursor
    for _ in range(60):
        cursor = ctl.sim_advance(step).cursor
        if cursor > first:
            break
    if not live.wait_for(cursor, 30.0):
        raise RuntimeError(f"live SSE consumer did not connect: {live.error!r}")
    return cursor


def run(args: argparse.Namespace, ctl: NativeBackend, reader: NativeBackend, live: LiveConsumer) -> int:
    live.start()
    start = warm_up(ctl, live, live.cursor, 10.0)

    # Live: generate while the SSE consumer follows.
    advances, cursor = 0, start
    t0 = time.perf_counter()
    while cursor - start < args.events:
        last = ctl.sim_advance(args.step).cursor
        advances += 1
        if last == cursor and advances > 50:
            raise RuntimeError(f"the simulator produces no events (cursor {cursor} after {advances} advances)")
        cursor = last
    t_gen = time.perf_counter()
    final = cursor
    events = final - start
    if not live.wait_for(final, WAIT_S):
        raise RuntimeError(f"live SSE consumer stuck at {live.cursor} of {final}: {live.error!r}")
    t_done = live.reached_at(final)
    live.stop()
    if live.gaps:
        print(f"error: the live stream skipped or repeated events ({live.gaps} out of order)")
        return 1
    live_s = t_done - t0
    print(f"live: {events:,} events from {advances} advances of {args.step:g} s; generated in {t_gen - t0:.2f} s "
          f"({events / (t_gen - t0):,.0f}/s), SSE consumer had all after {live_s:.2f} s "
          f"({events / live_s:,.0f}/s, {max(0.0, t_done - t_gen) * 1000:.0f} ms after the last advance)")

    # Replay the identical range both ways, interleaved.
    rates: dict[str, list[float]] = {"sse": [], "longpoll": []}
    replays = {"sse": replay_sse, "longpoll": replay_longpoll}
    for r in range(args.rounds):
        for name in ("sse", "longpoll") if r % 2 == 0 else ("longpoll", "sse"):
            got, elapsed = replays[name](reader, start, final)
            if got != events:
                print(f"error: {name} replay got {got} events of {events}")
                return 1
            rates[name].append(got / elapsed)
        print(f"replay {r + 1}/{args.rounds}: SSE {rates['sse'][-1]:,.0f}/s  "
              f"long-poll {rates['longpoll'][-1]:,.0f}/s")
    sse, longpoll = median(rates["sse"]), median(rates["longpoll"])
    print(summary("feed", events_per_s=events / live_s, longpoll_events_per_s=longpoll, events=events,
                  ratio=sse / longpoll, sse_replay_events_per_s=sse, gen_events_per_s=events / (t_gen - t0)))
    return 0


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    with SimProcess(agents=args.agents, open_tickets=args.open_tickets, seed=args.seed) as sim:
        print(f"simulator ready in {time.perf_counter() - started:.1f} s ({args.agents} agents, speed 0)")
        ctl, tail, reader = sim.client(), sim.client(), sim.client()
        live = LiveConsumer(tail, status(ctl).cursor)
        try:
            return run(args, ctl, reader, live)
        except Exception:
            print(sim.diagnose(), file=sys.stderr)
            raise
        finally:
            # A consumer blocked between SSE events only notices stop() at the next heartbeat (5 s):
            # stopping the server ends its stream at once.
            live.stop()
            sim.stop()
            if live.ident is not None:
                live.join(JOIN_S)
            for backend in (ctl, tail, reader):
                backend.close()
