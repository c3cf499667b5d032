"""``python -m benchmarks hub --replicas N``: N hub replicas on one throw-away PostgreSQL behind a round-robin balancer.

A paused simulator is the upstream; each replica is ``python -m hub serve``; the balancer (tests/helpers/balancer.py)
and the consoles run in processes of their own: consoles are asyncio SSE clients, ``--consoles`` of them split over
two worker processes, each resuming from its cursor (Last-Event-ID) when its stream breaks.

- ``calls_per_min_1_replica`` / ``calls_per_min_n_replicas``: requests all replicas together sent upstream during
  ``--window`` seconds from their start (the sum of their ``hub_upstream_calls_total``), 1 replica, then N.
- ``p50_ms`` / ``p99_ms``: from a write on the upstream to each console's receiving that ticket's version, over
  every console and ``--writes`` writes (wall clock: the consoles are other processes on this machine).
- each replica's RSS and CPU (share of one core) over the latency phase; the consoles each replica holds.
- ``failover_s``: the leader killed (kill -9) during a burst of 300 upstream writes; seconds from the kill until
  another replica leads and a surviving replica's log grows past what it had when the new leader took over.
- ``lost`` / ``doubled``: per console, change ids missing or received twice plus tickets whose version differs from
  the upstream's at the end; summed over consoles.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import msgspec

from api_client import models as m
from api_client.errors import Conflict
from api_client.native import NativeBackend
from benchmarks._common import ROOT, SimProcess, summary
from benchmarks.hub import HubProcess, pct
from tests.helpers.postgres import PgCluster, unavailable_reason

WORKERS = 2  # console processes
CLK_TCK = os.sysconf("SC_CLK_TCK")


class _Ticket(msgspec.Struct):
    id: int
    version: int


class _Change(msgspec.Struct):
    id: int
    ticket: _Ticket | None = None


class _Page(msgspec.Struct):
    cursor: int
    changes: list[_Change]


_PAGE = msgspec.json.Decoder(_Page)


# ---------------------------------------------------------------------- the console workers (child processes)
async def _console(port: int, token: str, cursor: int, out: dict[str, object], ready: asyncio.Event,
                   stop: asyncio.Event) -> None:
    ids: list[int] = []
    tickets: dict[int, int] = {}
    arrived: dict[str, float] = {}
    out.update(start=cursor, ids=ids, tickets=tickets, arrived=arrived)
    while not stop.is_set():
        try:
            r, w = await asyncio.open_connection("127.0.0.1", port, limit=2**24)
        except OSError:
            await asyncio.sleep(0.5)
            continue
        try:
            w.write(f"GET /api/v1/changes/stream HTTP/1.0\r\nHost: hub\r\nAuthorization: Bearer {token}\r\n"
                    f"Last-Event-ID: {cursor}\r\nAccept: text/event-stream\r\n\r\n".encode())
            if b" 200 " not in await r.readline():
                raise ConnectionError("not 200")
            while (await r.readline()).strip():
                pass  # headers
            event = b""
            while line := await r.readline():
                if line.startswith(b"event: "):
                    event = line[7:].strip()
                elif line.startswith(b"data: ") and event in (b"changes", b"heartbeat"):
                    now = time.time()
                    page = _PAGE.decode(line[6:])
                    for c in page.changes:
                        ids.append(c.id)
                        if c.ticket is not None:
                            tickets[c.ticket.id] = c.ticket.version
                            arrived[f"{c.ticket.id}:{c.ticket.version}"] = now
                    cursor = page.cursor
                    out["cursor"] = cursor
                    ready.set()
        except (OSError, ConnectionError, asyncio.IncompleteReadError, msgspec.DecodeError):
            pass
        finally:
            w.close()
        if not stop.is_set():
            await asyncio.sleep(0.5)  # the replica went away: through the balancer to another


async def _worker(port: int, token: str, n: int, cursor: int, out_path: str) -> None:
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    outs: list[dict[str, object]] = [{"cursor": cursor} for _ in range(n)]
    readies = [asyncio.Event() for _ in range(n)]
    tasks = [asyncio.ensure_future(_console(port, token, cursor, outs[i], readies[i], stop)) for i in range(n)]
    await asyncio.gather(*(r.wait() for r in readies))
    print("ready", flush=True)
    status = asyncio.ensure_future(_status(outs, stop))
    await stop.wait()
    for t in [*tasks, status]:
        t.cancel()
    Path(out_path).write_text(json.dumps(outs))


async def _status(outs: list[dict[str, object]], stop: asyncio.Event) -> None:
    """The slowest console's cursor on stdout every 0.2 s, for the parent to know when all caught up."""
    while not stop.is_set():
        print(min(int(o["cursor"]) for o in outs), flush=True)  # type: ignore[call-overload]
        await asyncio.sleep(0.2)


class Consoles:
    """A worker process holding ``n`` consoles on the balancer at ``port``."""

    def __init__(self, port: int, token: str, n: int, cursor: int, tmp: Path, i: int) -> None:
        self.out = tmp / f"consoles{i}.json"
        self.proc = subprocess.Popen([sys.executable, "-m", "benchmarks._hub_replicas", str(port), token, str(n),
                                      str(cursor), str(self.out)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        self.slowest = cursor
        assert self.proc.stdout is not None
        if self.proc.stdout.readline().strip() != "ready":
            raise RuntimeError("the consoles did not connect")
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.slowest = int(line)

    def finish(self) -> list[dict[str, object]]:
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(60)
        return json.loads(self.out.read_text())


# ---------------------------------------------------------------------- the parent
def _replicas(sim: SimProcess, cluster: PgCluster, n: int, tmp: Path) -> list[HubProcess]:
    db = cluster.new_database()
    first = HubProcess(sim, tmp / "r0", db=db)
    hubs = [first] + [HubProcess(sim, tmp / f"r{i}", db=db, token=first.token) for i in range(1, n)]
    for hub in hubs:
        hub.start()
    return hubs


def _calls_per_min(sim: SimProcess, cluster: PgCluster, n: int, window: float, tmp: Path) -> float:
    started = time.monotonic()
    hubs = _replicas(sim, cluster, n, tmp)
    time.sleep(max(0.0, window - (time.monotonic() - started)))
    calls = sum(h.metric("hub_upstream_calls_total") for h in hubs)
    for h in hubs:
        h.stop()
    return calls * 60 / window


def _cpu_ticks(pid: int) -> int:
    """User and system clock ticks ``pid`` used so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def _pids_of(hub: HubProcess) -> Callable[[], list[int]]:
    return lambda: [hub.proc.pid] if hub.proc else []


def _postgres_pids(cluster: PgCluster) -> list[int]:
    """The cluster's postmaster and every process it started (a backend per session, its workers)."""
    parents: dict[int, int] = {}
    postmaster = None
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        if str(cluster.root).encode() in cmdline and b"postgres" in cmdline:
            postmaster = int(entry.name)
    return [] if postmaster is None else [postmaster, *(pid for pid, ppid in parents.items() if ppid == postmaster)]


class CpuMeter:
    """Share of one core each group of processes used between :meth:`start` and :meth:`stop`."""

    def __init__(self, groups: dict[str, Callable[[], list[int]]]) -> None:
        self.groups = groups
        self._ticks: dict[int, int] = {}
        self._started = 0.0

    def start(self) -> None:
        self._ticks = {pid: _cpu_ticks(pid) for pids in self.groups.values() for pid in pids()}
        self._started = time.monotonic()

    def stop(self) -> dict[str, float]:
        elapsed = time.monotonic() - self._started
        return {name: sum(_cpu_ticks(pid) - self._ticks.get(pid, 0) for pid in pids()) / CLK_TCK / elapsed * 100
                for name, pids in self.groups.items()}


def _write(sim: SimProcess, tickets: list[m.Ticket], agents: list[str], marks: dict[str, float],
           pause_s: float) -> None:
    client = sim.client()
    try:
        for i, t in enumerate(tickets):
            sent = time.time()
            try:
                done = client.assign(t.id, t.version, agents[i % len(agents)], "benchmark")
            except Conflict:
                continue
            marks[f"{done.id}:{done.version}"] = sent
            time.sleep(pause_s)
    finally:
        client.close()


def _lost_doubled(out: dict[str, object], head: int, upstream: dict[int, int]) -> tuple[int, int]:
    ids: list[int] = out["ids"]  # type: ignore[assignment]
    tickets = {int(k): v for k, v in out["tickets"].items()}  # type: ignore[attr-defined]
    expected = set(range(int(out["start"]) + 1, head + 1))  # type: ignore[call-overload]
    stale = sum(1 for tid, v in upstream.items() if tid in tickets and tickets[tid] != v)
    return len(expected - set(ids)) + stale, len(ids) - len(set(ids))


def run_replicas(args: argparse.Namespace) -> int:
    reason = unavailable_reason()
    if reason:
        print(f"hub --replicas needs PostgreSQL: {reason}")
        return 1
    n, consoles = args.replicas, args.consoles
    cluster = PgCluster().start()
    try:
        with SimProcess(agents=100, open_tickets=2000, seed=3) as sim, \
                tempfile.TemporaryDirectory(prefix="bench-hub-replicas-") as tmp_dir:
            tmp = Path(tmp_dir)
            per_min_1 = _calls_per_min(sim, cluster, 1, args.window, tmp / "c1")
            per_min_n = _calls_per_min(sim, cluster, n, args.window, tmp / "cn")
            print(f"upstream calls a minute over {args.window:g} s: 1 replica {per_min_1:.1f}, "
                  f"{n} replicas {per_min_n:.1f}")
            return _serve_consoles(sim, cluster, args, n, consoles, tmp, per_min_1, per_min_n)
    finally:
        cluster.stop()


def _serve_consoles(sim: SimProcess, cluster: PgCluster, args: argparse.Namespace, n: int, consoles: int,
                    tmp: Path, per_min_1: float, per_min_n: float) -> int:
    hubs = _replicas(sim, cluster, n, tmp / "main")
    balancer = subprocess.Popen([sys.executable, "-m", "tests.helpers.balancer", *(str(h.port) for h in hubs)],
                                cwd=ROOT, stdout=subprocess.PIPE, text=True)
    workers: list[Consoles] = []
    try:
        assert balancer.stdout is not None
        port = int(balancer.stdout.readline())
        cursor = int(hubs[0].metric("hub_log_head"))
        connecting = time.monotonic()
        split = [consoles // WORKERS + (1 if i < consoles % WORKERS else 0) for i in range(WORKERS)]
        workers = [Consoles(port, hubs[0].token, k, cursor, tmp, i) for i, k in enumerate(split) if k]
        print(f"{consoles} consoles connected through the balancer in {time.monotonic() - connecting:.1f} s; "
              "per replica: " + ", ".join(str(int(h.metric("hub_consoles_connected"))) for h in hubs))

        snap = sim.client().snapshot()
        open_tickets = [t for t in snap.tickets if t.status in m.UNRESOLVED]
        agents = [a.id for a in snap.agents]
        marks: dict[str, float] = {}
        pg = _postgres_pids(cluster)
        meter = CpuMeter({**{h.url: _pids_of(h) for h in hubs},
                          "balancer": lambda: [balancer.pid], "consoles": lambda: [w.proc.pid for w in workers],
                          "postgresql": lambda: pg, "simulator": lambda: [sim.proc.pid] if sim.proc else [],
                          "benchmark": lambda: [os.getpid()]})
        meter.start()
        _write(sim, open_tickets[:args.writes], agents, marks, 0.2)
        time.sleep(1.0)
        cpu = meter.stop()
        for h in hubs:
            print(f"replica {h.url}: RSS {h.rss_mb():.1f} MB, CPU {cpu.pop(h.url):.0f} % of a core, "
                  f"leading {int(h.metric('hub_leading'))}")
        print("CPU over the latency phase, % of one core: " + ", ".join(f"{k} {v:.0f}" for k, v in cpu.items()))

        # Failover: kill -9 the leader during a burst of upstream writes.
        leader = next(h for h in hubs if h.metric("hub_leading") == 1)
        survivors = [h for h in hubs if h is not leader]
        burst = open_tickets[args.writes:args.writes + 300]
        writer = threading.Thread(target=_write, args=(sim, burst, agents, {}, 0.005))
        writer.start()
        time.sleep(0.3)
        leader.kill()
        killed = time.monotonic()
        while not any(h.metric("hub_leading") == 1 for h in survivors) and time.monotonic() - killed < 60:
            time.sleep(0.02)
        head = int(survivors[0].metric("hub_log_head"))  # what the dead leader logged, and the new one so far
        while int(survivors[0].metric("hub_log_head")) == head and time.monotonic() - killed < 60:
            time.sleep(0.02)
        failover_s = time.monotonic() - killed  # the new leader's first logged change reached a replica
        writer.join(120)
        upstream = {t.id: t.version for t in sim.client().snapshot().tickets}
        survivor = NativeBackend(survivors[0].url, survivors[0].token)
        ends = time.monotonic() + 60
        while time.monotonic() < ends:  # the new leader has every upstream change and every console has the log
            head = int(survivors[0].metric("hub_log_head"))
            if {t.id: t.version for t in survivor.snapshot().tickets} == upstream and \
                    all(w.slowest >= head for w in workers):
                break
            time.sleep(0.2)
        survivor.close()
        outs = [o for w in workers for o in w.finish()]
        workers = []
    finally:
        for w in workers:
            w.finish()
        balancer.kill()
        balancer.wait(10)
        for h in hubs:
            h.stop()
    latencies = [(float(o["arrived"][key]) - sent) * 1000 for key, sent in marks.items()  # type: ignore[index]
                 for o in outs if key in o["arrived"]]  # type: ignore[operator]
    counts = [_lost_doubled(o, head, upstream) for o in outs]
    lost, doubled = sum(x for x, _ in counts), sum(y for _, y in counts)
    print(f"event to console: {len(latencies)} deliveries ({len(marks) * len(outs) - len(latencies)} not seen), "
          f"p50 {pct(latencies, 0.5):.1f} ms, p99 {pct(latencies, 0.99):.1f} ms")
    print(f"leader killed mid-burst: changes flowed again {failover_s:.2f} s after; lost {lost}, doubled "
          f"{doubled} over {len(outs)} consoles")
    print(summary("hub", replicas=n, consoles=consoles, p50_ms=pct(latencies, 0.5), p99_ms=pct(latencies, 0.99),
                  failover_s=failover_s, lost=lost, doubled=doubled, calls_per_min_1_replica=per_min_1,
                  calls_per_min_n_replicas=per_min_n))
    return 0


if __name__ == "__main__":  # a console worker: PORT TOKEN N CURSOR OUT
    asyncio.run(_worker(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]))
