"""Hub: upstream calls a minute with 1 and with N consoles on one hub (baseline: N consoles on the upstream directly).

A paused simulator is the upstream; the hub (``python -m hub serve``, SQLite) follows it in a child process; the
consoles are the real :class:`NativeBackend` on the change stream, one thread each, in this process.

- ``calls_per_min_1`` / ``calls_per_min_n``: requests the hub sent upstream (its ``hub_upstream_calls_total``)
  during ``--window`` seconds from its start, with 1 console and with ``--consoles``, each phase on a new hub.
  Baseline, same run: ``--consoles`` consoles following the simulator directly, their own requests counted the
  same way (``baseline_calls_per_min``). Goal: the hub's two equal; the baseline grows with the consoles.
- ``p50_ms`` / ``p99_ms``: from a write on the upstream (the benchmark assigns a ticket on the simulator) to each
  console's receiving that ticket's new version through the hub, over every console and ``--writes`` writes.
- ``rss_mb``: the hub's resident set with the consoles connected.
- ``lost`` / ``doubled``: the hub is killed (kill -9) during a burst of upstream writes and started again on the
  same database and port; each console resumes by Last-Event-ID. Per console: change ids missing or received
  twice, plus tickets whose version differs from the upstream's at the end; summed over consoles.

Summary: ``hub: consoles=200 calls_per_min_1=... calls_per_min_n=... p50_ms=... p99_ms=... rss_mb=... lost=0
doubled=0``. ``--quick``: a 10 s window and 20 writes (about a minute and a half).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

from api_client import models as m
from api_client.errors import ApiError, Conflict
from api_client.native import NativeBackend
from benchmarks._common import ROOT, SimProcess, summary
from console.infra.demo import stop_process


class HubProcess:
    """``python -m hub serve`` following ``upstream`` on a database of its own; ``restart`` keeps the port."""

    def __init__(self, upstream: SimProcess, tmp: Path, db: str | None = None, token: str | None = None) -> None:
        """On ``db`` (default: a SQLite file in ``tmp``) with a new user's token, or ``token`` (another replica's)."""
        self.upstream = upstream
        self.db = db or f"sqlite:///{tmp / 'hub.sqlite'}"
        tmp.mkdir(parents=True, exist_ok=True)
        self.log = tmp / "hub.log"
        self.port = 0
        self.url = ""
        self.proc: subprocess.Popen[str] | None = None
        if token is None:
            run = subprocess.run([sys.executable, "-m", "hub", "--db", self.db, "users", "add", "bench", "--role",
                                  "team_lead"], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120)
            token = run.stdout.strip()
        self.token = token

    def start(self) -> HubProcess:
        env = dict(os.environ, SUPERVISOR_HUB_UPSTREAM_TOKEN=self.upstream.tokens["supervisor"])
        with self.log.open("a", encoding="utf-8") as log:  # the child keeps its own copy of the descriptor
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "hub", "--db", self.db, "serve", "--upstream-kind", "native", "--upstream-url",
                 self.upstream.url, "--port", str(self.port), "--ready-json"],
                cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log, text=True)
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if not line:
            raise RuntimeError(f"the hub did not start: {self.log.read_text()[-2000:]}")
        self.url = json.loads(line)["url"]
        self.port = int(self.url.rsplit(":", 1)[1])
        return self

    def metric(self, name: str) -> float:
        """A value from the hub's /metrics."""
        found = re.search(rf"^{name} (\S+)$", requests.get(f"{self.url}/metrics", timeout=10).text, re.M)
        if found is None:
            raise RuntimeError(f"the hub's /metrics has no {name}")
        return float(found.group(1))

    def rss_mb(self) -> float:
        assert self.proc is not None
        status = Path(f"/proc/{self.proc.pid}/status").read_text()
        return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024  # type: ignore[union-attr]

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)
        self._close()

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc, timeout=15)
            self._close()

    def _close(self) -> None:
        if self.proc is not None and self.proc.stdout:
            self.proc.stdout.close()
        self.proc = None


class Console(threading.Thread):
    """A console on the change stream: every change id and when each ticket version arrived; reconnects from
    its cursor (Last-Event-ID) when the stream breaks."""

    def __init__(self, url: str, token: str, stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.backend = NativeBackend(url, token)
        self.stop_event = stop
        snap = self.backend.snapshot()
        self.start_cursor = self.cursor = snap.cursor
        self.tickets = {t.id: t.version for t in snap.tickets}
        self.ids: list[int] = []
        self.arrived: dict[tuple[int, int], float] = {}

    def run(self) -> None:
        while not self.stop_event.is_set():
            try:
                for page in self.backend.stream(self.cursor):
                    now = time.perf_counter()
                    for change in page.changes:
                        self.ids.append(change.id)
                        if isinstance(change, m.TicketChange):
                            self.tickets[change.ticket.id] = change.ticket.version
                            self.arrived[(change.ticket.id, change.ticket.version)] = now
                    self.cursor = page.cursor
                    if self.stop_event.is_set():
                        return
            except ApiError:
                self.stop_event.wait(0.5)  # the hub is down: try again, from the cursor

    def close(self) -> None:
        self.backend.close()

    def lost_and_doubled(self, upstream: dict[int, int]) -> tuple[int, int]:
        expected = set(range(self.start_cursor + 1, self.cursor + 1))
        doubled = len(self.ids) - len(set(self.ids))
        stale = sum(1 for tid, version in upstream.items() if self.tickets.get(tid) != version)
        return len(expected - set(self.ids)) + stale, doubled


def connect(url: str, token: str, n: int, stop: threading.Event) -> list[Console]:
    consoles = [Console(url, token, stop) for _ in range(n)]
    for c in consoles:
        c.start()
    return consoles


def close(consoles: list[Console], stop: threading.Event) -> None:
    stop.set()
    for c in consoles:
        c.close()
    for c in consoles:
        c.join(10)


def calls_per_min(hub: HubProcess, consoles: int, window: float) -> float:
    """Upstream calls a minute of a new hub over ``window`` seconds from its start, with ``consoles`` following."""
    hub.start()
    started = time.monotonic()
    stop = threading.Event()
    followers = connect(hub.url, hub.token, consoles, stop)
    time.sleep(max(0.0, window - (time.monotonic() - started)))
    calls = hub.metric("hub_upstream_calls_total")
    close(followers, stop)
    hub.stop()
    return calls * 60 / window


def baseline_calls_per_min(sim: SimProcess, consoles: int, window: float) -> float:
    started = time.monotonic()
    stop = threading.Event()
    followers = connect(sim.url, sim.tokens["team_lead"], consoles, stop)
    time.sleep(max(0.0, window - (time.monotonic() - started)))
    calls = sum(c.backend.http.calls for c in followers)
    close(followers, stop)
    return calls * 60 / window


def write_upstream(sim: SimProcess, tickets: list[m.Ticket], agents: list[str], marks: dict[tuple[int, int], float],
                   pause_s: float) -> None:
    """Assign each ticket on the simulator, noting when each write was sent. A ticket the simulator moved since
    the snapshot (its routing) is written on the version it has now."""
    client = sim.client()
    try:
        for i, t in enumerate(tickets):
            version = t.version
            for _ in range(3):
                sent = time.perf_counter()
                try:
                    done = client.assign(t.id, version, agents[i % len(agents)], "benchmark")
                except Conflict as exc:
                    if exc.current is None:
                        break
                    version = exc.current.version
                    continue
                marks[(done.id, done.version)] = sent
                break
            time.sleep(pause_s)
    finally:
        client.close()


def wait_settled(consoles: list[Console], head: int, timeout: float) -> None:
    ends = time.monotonic() + timeout
    while any(c.cursor < head for c in consoles) and time.monotonic() < ends:
        time.sleep(0.1)


def wait_seen(consoles: list[Console], marks: dict[tuple[int, int], float], timeout: float) -> None:
    """Until every console has seen every marked ticket version, or ``timeout`` seconds."""
    ends = time.monotonic() + timeout
    while any(key not in c.arrived for c in consoles for key in marks) and time.monotonic() < ends:
        time.sleep(0.1)


def pct(values: list[float], q: float) -> float:
    """The ``q`` quantile of ``values`` (NaN when there are none)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks hub", description=__doc__.splitlines()[0])
    p.add_argument("--consoles", type=int, help="default: 200; 1000 with --replicas")
    p.add_argument("--window", type=float, default=60.0, help="seconds each call-counting phase lasts")
    p.add_argument("--writes", type=int, default=100, help="upstream writes whose latency is measured")
    p.add_argument("--quick", action="store_true", help="a 10 s window and 20 writes")
    p.add_argument("--replicas", type=int, default=0, help="replicas sharing one PostgreSQL behind a balancer "
                   "(benchmarks/_hub_replicas.py; --consoles defaults to 1000 there)")
    args = p.parse_args(argv)
    if args.quick:
        args.window, args.writes = 10.0, 20
    if args.replicas:
        from benchmarks._hub_replicas import run_replicas
        args.consoles = args.consoles or 1000
        return run_replicas(args)
    args.consoles = args.consoles or 200
    with SimProcess(agents=100, open_tickets=2000, seed=3) as sim, \
            tempfile.TemporaryDirectory(prefix="bench-hub-") as tmp_dir:
        tmp = Path(tmp_dir)
        per_min_1 = calls_per_min(HubProcess(sim, tmp / "a"), 1, args.window)
        per_min_n = calls_per_min(HubProcess(sim, tmp / "b"), args.consoles, args.window)
        print(f"upstream calls a minute over {args.window:g} s from the hub's start: 1 console {per_min_1:.1f}, "
              f"{args.consoles} consoles {per_min_n:.1f}")
        baseline = baseline_calls_per_min(sim, args.consoles, args.window)
        print(f"baseline: {args.consoles} consoles on the simulator directly: {baseline:.1f} calls a minute")

        hub = HubProcess(sim, tmp / "c").start()
        stop = threading.Event()
        consoles = connect(hub.url, hub.token, args.consoles, stop)
        try:
            snap = sim.client().snapshot()
            open_tickets = [t for t in snap.tickets if t.status in m.UNRESOLVED]
            agents = [a.id for a in snap.agents]
            marks: dict[tuple[int, int], float] = {}
            write_upstream(sim, open_tickets[:args.writes], agents, marks, 0.2)
            wait_seen(consoles, marks, 10.0)
            latencies = [(c.arrived[key] - sent) * 1000 for key, sent in marks.items() for c in consoles
                         if key in c.arrived]
            missing = len(marks) * len(consoles) - len(latencies)
            rss = hub.rss_mb()
            print(f"event to console: {len(latencies)} deliveries ({missing} not seen), p50 "
                  f"{pct(latencies, 0.5):.1f} ms, p99 {pct(latencies, 0.99):.1f} ms; hub RSS {rss:.1f} MB")

            # kill -9 during a burst of upstream writes; start again on the same database and port.
            burst = open_tickets[args.writes:args.writes + 300]
            writer = threading.Thread(target=write_upstream, args=(sim, burst, agents, {}, 0.005))
            writer.start()
            time.sleep(0.3)
            hub.kill()
            killed_at = time.monotonic()
            hub.start()
            writer.join(120)
            upstream = {t.id: t.version for t in sim.client().snapshot().tickets}
            ends = time.monotonic() + 60
            while time.monotonic() < ends:
                wait_settled(consoles, int(hub.metric("hub_log_head")), 5)
                if all(c.tickets.get(tid) == v for c in consoles for tid, v in upstream.items()):
                    break
            recovered_s = time.monotonic() - killed_at
            counts = [c.lost_and_doubled(upstream) for c in consoles]
            lost, doubled = sum(x for x, _ in counts), sum(y for _, y in counts)
            print(f"kill -9 mid-burst: every console caught up {recovered_s:.1f} s after the kill; "
                  f"lost {lost}, doubled {doubled} over {len(consoles)} consoles")
        finally:
            close(consoles, stop)
            hub.stop()
    print(summary("hub", consoles=args.consoles, calls_per_min_1=per_min_1, calls_per_min_n=per_min_n,
                  p50_ms=pct(latencies, 0.5), p99_ms=pct(latencies, 0.99), rss_mb=rss, lost=lost, doubled=doubled))
    return 0

