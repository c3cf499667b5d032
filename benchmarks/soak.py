"""Soak: the wall display open through a simulated day with API restarts; memory at start and end, recoveries.

A simulator runs accelerated (``--speed``, default 400: a day in 3.6 minutes) with its own database. The wall
(the real WallWindow and SyncController, offscreen at 1920x1080, pages rotating every 5 s) follows it over HTTP.
``--restarts`` times, evenly spread (back to back when they take longer than the day allows), the API is stopped
for ``--down`` seconds and started again on the same port and database (no --reset), alternately killed (kill -9)
and stopped gracefully (SIGTERM); a recovery is counted when the feed is live again and new data has arrived, and
its time is measured from the API's being ready again (p50 and max, over all restarts and by kind).
The resident set size (VmRSS of this process) is sampled after the first snapshot and one warm-up turn through
every page (``rss_start_mb``), every few seconds during the run, and at the end. The baseline, in the same run:
the process's RSS before the wall and its controller exist (``rss_base_mb``, the cost of Python, Qt and numpy).

Summary: ``soak: rss_start_mb=... rss_end_mb=... rss_growth_mb=... restarts=... kills=... recoveries=...
recover_p50_s=... recover_max_s=... sim_hours=... rss_base_mb=...``; the growth's parts are printed on the lines
before (target: under 10 MB over a simulated day). 100 restarts: ``python -m benchmarks soak --restarts 100 --down 1``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

import msgspec

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from api_client.feed import FeedState, FeedStatus
from api_client.native import NativeBackend
from benchmarks._common import ROOT, START, summary, wait_until
from benchmarks._qt import application
from console.core.history import N_FIELDS
from console.core.store import LiveStore
from console.infra.demo import stop_process
from console.qt.sync import SyncController
from console.ui.wall import layout
from console.ui.wall.window import WallWindow

DOWN_S = 3.0  # the API stays down this long at each restart
RECOVER_TIMEOUT_S = 90.0


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks soak", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="30 s of wall time and 2 restarts, for tests")
    p.add_argument("--speed", type=float, default=400.0, help="simulated seconds per real second")
    p.add_argument("--hours", type=float, default=None, help="simulated hours to run (default 24; quick: 3)")
    p.add_argument("--restarts", type=int, default=None, help="API restarts (default 5; quick: 2)")
    p.add_argument("--agents", type=int, default=60)
    p.add_argument("--down", type=float, default=DOWN_S, help="seconds the API stays down at each restart")
    args = p.parse_args(argv)
    args.hours = args.hours or (3.0 if args.quick else 24.0)
    args.restarts = args.restarts if args.restarts is not None else (2 if args.quick else 5)
    return args


def rss_mb() -> float:
    """This process's resident set size in MB, from /proc/self/status."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


class RestartableSim:
    """An accelerated simulator child process that can be stopped and started on the same port and database."""

    def __init__(self, tmp: Path, speed: float, agents: int) -> None:
        self.db = tmp / "sim.sqlite"
        self.log = (tmp / "sim.log").open("a", encoding="utf-8")
        self.args = ["--speed", str(speed), "--seed", "1", "--start", START, "--agents", str(agents)]
        self.port = 0
        self.url = ""
        self.tokens: dict[str, str] = {}
        self.proc: subprocess.Popen[str] | None = None

    def start(self, reset: bool = False) -> None:
        cmd = [sys.executable, "-m", "simulator", "--host", "127.0.0.1", "--port", str(self.port), "--db", str(self.db),
               "--ready-json", *(["--reset"] if reset else []), *self.args]
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=self.log, text=True)
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if not line:
            raise RuntimeError(f"simulator did not start (exit code {self.proc.poll()})")
        ready = json.loads(line)
        self.url = ready["url"]
        self.port = int(self.url.rsplit(":", 1)[1])
        self.tokens = json.loads(Path(ready["tokens_file"]).read_text(encoding="utf-8"))

    def stop(self, kill: bool = False) -> None:
        """Stop gracefully (SIGTERM), or with ``kill`` as a crash would (SIGKILL: nothing flushed, no goodbye)."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        if kill:
            proc.kill()
            proc.wait(timeout=15)
        else:
            stop_process(proc, timeout=15)
        if proc.stdout is not None:
            proc.stdout.close()

    def sim_hours(self) -> float:
        """Simulated hours since START."""
        client = NativeBackend(self.url, self.tokens["supervisor"])
        try:
            status = client.sim_status()
        finally:
            client.close()
        return (status.sim_time - datetime.fromisoformat(START)).total_seconds() / 3600


def store_size(sync: SyncController) -> tuple[int, float, int]:
    """The chart history's cells (queue, channel, priority seen so far), the MB its ring buffer takes, and the
    tickets the store holds."""
    def size(store: LiveStore) -> tuple[int, float, int]:
        h = store.history
        return len(h.columns), h.capacity * (len(h.columns) * N_FIELDS * 4 + 8) / 2**20, len(store.tickets)

    return sync.with_store(size)


def run_in_thread(app: QApplication, fn: object) -> None:
    """Run ``fn`` in a thread while the Qt event loop keeps running (the wall must not freeze)."""
    errors: list[BaseException] = []

    def target() -> None:
        try:
            fn()  # type: ignore[operator]
        except BaseException as exc:  # noqa: BLE001 (re-raised on the main thread)
            errors.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    while thread.is_alive():
        app.processEvents()
        time.sleep(0.01)
    if errors:
        raise errors[0]


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    app = application()
    rss_base = rss_mb()
    duration_s = args.hours * 3600 / args.speed
    with tempfile.TemporaryDirectory(prefix="bench-soak-") as tmp:
        sim = RestartableSim(Path(tmp), args.speed, args.agents)
        sim.start(reset=True)
        try:
            sync = SyncController(lambda: NativeBackend(sim.url, sim.tokens["supervisor"]))
            lives: list[float] = []  # when the feed went live

            def on_status(status: FeedStatus) -> None:
                if status.state is FeedState.LIVE:
                    lives.append(time.time())

            sync.status_changed.connect(on_status)
            spec = msgspec.structs.replace(layout.load(), seconds=5.0)
            wall = WallWindow(sync, spec)
            wall.resize(1920, 1080)
            wall.show()
            sync.start()
            if not wait_until(app, lambda: sync.has_data and sync.status.state is FeedState.LIVE, 120):
                print(f"the wall did not go live: {sim.log.name}")
                return 1
            wait_until(app, lambda: False, 5.0 * len(wall.pages) + 1)  # warm-up: every page drawn once
            rss_start = rss_mb()
            cells_start, hist_start, tickets_start = store_size(sync)
            rss_steady: float | None = None  # after the first restart: the backlog has built up, a resync happened
            t0 = time.monotonic()
            print(f"start: rss {rss_start:.1f} MB (base {rss_base:.1f} MB); {args.hours:g} simulated hours "
                  f"in {duration_s:.0f} s with {args.restarts} restarts", flush=True)
            restarts = recoveries = stale_seen = 0
            recover_s: dict[str, list[float]] = {"kill -9": [], "graceful": []}
            next_sample = 0.0
            for i in range(args.restarts + 1):
                until = t0 + duration_s * (i + 1) / (args.restarts + 1)
                while time.monotonic() < until:
                    wait_until(app, lambda: False, 1.0)
                    if time.monotonic() - t0 >= next_sample:
                        next_sample += max(5.0, duration_s / 12)
                        print(f"  t={time.monotonic() - t0:5.0f} s rss {rss_mb():.1f} MB, page "
                              f"{wall.stack.currentIndex() + 1}, {wall.state.text()}", flush=True)
                if i == args.restarts:
                    break
                kind = "kill -9" if i % 2 == 0 else "graceful"
                run_in_thread(app, lambda kill=kind == "kill -9": sim.stop(kill))
                restarts += 1
                down_at = time.time()
                stale_seen += wait_until(app, lambda: wall.state.property("state") == "stale", 30)
                wait_until(app, lambda: False, max(0.0, down_at + args.down - time.time()))
                run_in_thread(app, sim.start)
                up_at = time.time()

                def recovered(since: float = down_at) -> bool:
                    return sync.status.state is FeedState.LIVE and bool(lives) and lives[-1] > since and \
                        (sync.last_data_at or 0) > since

                if wait_until(app, recovered, RECOVER_TIMEOUT_S):
                    recoveries += 1
                    recover_s[kind].append(time.time() - up_at)
                    if rss_steady is None:
                        rss_steady, steady_at = rss_mb(), time.monotonic() - t0
                    print(f"  restart {restarts} ({kind}): live again {time.time() - up_at:.1f} s after the API was "
                          f"back, rss {rss_mb():.1f} MB", flush=True)
                else:
                    print(f"  restart {restarts} ({kind}): did not recover within {RECOVER_TIMEOUT_S:.0f} s",
                          flush=True)
            wait_until(app, lambda: False, 2.0)
            rss_end = rss_mb()
            cells_end, hist_end, tickets_end = store_size(sync)
            hours = sim.sim_hours()
            wall.close()
            sync.stop()
        finally:
            sim.stop()
            sim.log.close()
    print(f"history: {cells_start} -> {cells_end} cells, {hist_start:.1f} -> {hist_end:.1f} MB (a 24 h ring per "
          f"queue x channel x priority seen, allocated when the combination first appears); tickets in the store: "
          f"{tickets_start} -> {tickets_end}")
    if rss_steady is not None:
        into = steady_at / duration_s * args.hours
        print(f"steady: {rss_end - rss_steady:+.1f} MB from the first recovery ({into:.1f} simulated hours in) "
              "to the end")
    print(f"growth: {rss_end - rss_start:+.1f} MB over {hours:.1f} simulated hours, of which the history "
          f"{hist_end - hist_start:+.1f} MB; stale shown at {stale_seen} of {restarts} outages")
    times = recover_s["kill -9"] + recover_s["graceful"]
    for kind, values in recover_s.items():
        if values:
            print(f"recovery after {kind}: {len(values)}, p50 {statistics.median(values):.2f} s, "
                  f"max {max(values):.2f} s")
    print(summary("soak", rss_start_mb=rss_start, rss_end_mb=rss_end, rss_growth_mb=rss_end - rss_start,
                  restarts=restarts, kills=(restarts + 1) // 2, recoveries=recoveries,
                  recover_p50_s=statistics.median(times) if times else 0.0, recover_max_s=max(times, default=0.0),
                  sim_hours=hours, rss_base_mb=rss_base))
    return 0 if recoveries == restarts else 1
