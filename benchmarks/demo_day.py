"""A simulated day per demo scenario: service level, longest wait, agents available and recovery.

Runs the simulator's model in process (no HTTP, no SQLite) over one weekday from midnight, sampled every
minute. A stress scenario (peak, agent-outage) is switched on at 10:00 and back to normal at 12:00 (the
simulator ends a stress after ``catalog.STRESS_HOURS`` by itself; the benchmark switches back too, so older
code runs the same day). Per scenario it prints, hour by hour: live service level (phone and chat contacts
that arrived that hour, answered within their queue's threshold over answered plus abandoned), the longest
wait (as the console shows it: now minus the creation of the oldest waiting ticket), agents available and on
shift (means), waiting at the hour's end; then over 08-20 (every queue open) the longest wait per queue, the
share of minutes with anyone available and of those with a wait of 10 minutes or more; for a stress, the
recovery: minutes from its end to the first quarter-hour whose contacts meet 80 % and whose longest wait
stays under 10 minutes.

Baseline, in the same run: the same file run against the simulator of ``--baseline`` (default: the last commit
with the old routing), checked out in a temporary git worktree and run in a child process.

Summary: ``demo_day: normal_sl_9_18=... normal_sl_min_hour=... normal_max_wait_min=... normal_available_share=...
peak_recovery_min=... agent_outage_recovery_min=... base_...`` (``base_`` for the baseline's figures).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from benchmarks._common import summary
from simulator import catalog
from simulator.engine.model import Model

DAY_START = datetime(2026, 11, 23, tzinfo=UTC)  # a Monday
STRESS = (10, 12)  # hours the stress scenario is on
OPEN = (8, 20)  # hours every queue is open
SL_HOURS = (9, 18)
BIN_S = 900
BASELINE = "36ca6f0"  # the last commit with the old routing (every contact up to capacity, phone included)
ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Day:
    """One scenario's day as measured."""

    hours: list[dict[str, float]]  # hour, sl, longest_s, available, on_shift, waiting
    per_queue: dict[str, float]  # longest wait (s) over OPEN
    available_share: float  # minutes over OPEN with anyone available
    long_wait_share: float  # minutes over OPEN whose longest wait is 10 minutes or more
    sl_9_18: float
    recovery_min: float | None = None  # a stress: minutes from its end until recovered (None: not that day)


def run_day(scenario: str, agents: int, seed: int) -> Day:
    """One day of ``scenario``: hourly rows, longest wait per queue, available share, recovery (minutes)."""
    m = Model(seed)
    t0 = DAY_START.timestamp()
    m.now = t0
    m.make_agents(agents)
    m.draw_arrivals()
    m.start_roster()
    minutes: list[tuple[float, dict[str, float], int, int, int]] = []  # (at, longest per queue, avail, on, waiting)
    for minute in range(1, 24 * 60 + 1):
        at = t0 + minute * 60
        for hour, name in ((STRESS[0], scenario), (STRESS[1], "normal")):
            switch = t0 + hour * 3600
            if at - 60 < switch <= at and m.scenario != name:
                m.advance_to(switch)
                m.set_scenario(name)
        m.advance_to(at)
        longest: dict[str, float] = {}
        waiting = 0
        for t in m.tickets.values():
            if t.assignee_id is None and t.status in ("new", "open"):
                waiting += 1
                longest[t.queue_id] = max(longest.get(t.queue_id, 0.0), at - t.created_at.timestamp())
        minutes.append((at, longest, sum(a.state == "available" for a in m.agents.values()),
                        sum(rt.on_shift for rt in m.runtime.values()), waiting))
    m.advance_to(t0 + 25 * 3600)  # let the last hour's contacts be answered or abandon

    bins: dict[int, list[int]] = {}  # quarter-hour of arrival -> [offered, within]
    for t in m.tickets.values():
        created = t.created_at.timestamp()
        if t.channel not in catalog.LIVE_CHANNELS or not t0 <= created < t0 + 86400:
            continue
        if t.first_response_at is not None or t.abandoned:
            wait = (t.first_response_at - t.created_at).total_seconds() if t.first_response_at else None
            row = bins.setdefault(int((created - t0) // BIN_S), [0, 0])
            row[0] += 1
            row[1] += wait is not None and wait <= m.queues[t.queue_id].service_level.threshold_s

    def sl(first_bin: int, last_bin: int) -> float:
        offered = sum(bins.get(b, [0, 0])[0] for b in range(first_bin, last_bin))
        return sum(bins.get(b, [0, 0])[1] for b in range(first_bin, last_bin)) / offered if offered else float("nan")

    per_hour = 3600 // BIN_S
    hours = []
    for h in range(24):
        rows = minutes[h * 60:(h + 1) * 60]
        hours.append({"hour": h, "sl": sl(h * per_hour, (h + 1) * per_hour),
                      "longest_s": max(max(r[1].values(), default=0.0) for r in rows),
                      "available": sum(r[2] for r in rows) / 60, "on_shift": sum(r[3] for r in rows) / 60,
                      "waiting": rows[-1][4]})
    open_rows = minutes[OPEN[0] * 60:OPEN[1] * 60]
    per_queue = {q: max(r[1].get(q, 0.0) for r in open_rows) for q in m.queues}
    recovery = None
    if scenario != "normal":
        for b in range(STRESS[1] * per_hour, 24 * per_hour):
            quarter = minutes[b * BIN_S // 60:(b + 1) * BIN_S // 60]
            if sl(b, b + 1) >= 0.8 and all(max(r[1].values(), default=0.0) < 600 for r in quarter):
                recovery = (b * BIN_S - STRESS[1] * 3600) / 60
                break
    return Day(hours, per_queue, sum(r[2] > 0 for r in open_rows) / len(open_rows),
               sum(max(r[1].values(), default=0.0) >= 600 for r in open_rows) / len(open_rows),
               sl(SL_HOURS[0] * per_hour, SL_HOURS[1] * per_hour), recovery)


def figures(days: dict[str, Day]) -> dict[str, float]:
    """The summary's figures of each scenario's day."""
    out: dict[str, float] = {}
    for scenario, day in days.items():
        key = scenario.replace("-", "_")
        out[f"{key}_max_wait_min"] = round(max(day.per_queue.values()) / 60, 1)
        if scenario == "normal":
            hours = [h for h in day.hours if SL_HOURS[0] <= h["hour"] < SL_HOURS[1]]
            out[f"{key}_sl_9_18"] = round(day.sl_9_18, 3)
            out[f"{key}_sl_min_hour"] = round(min(h["sl"] for h in hours), 3)
            out[f"{key}_available_share"] = round(day.available_share, 3)
            out[f"{key}_wait_10min_share"] = round(day.long_wait_share, 3)
        else:
            out[f"{key}_recovery_min"] = -1 if day.recovery_min is None else day.recovery_min
    return out


def report(label: str, days: dict[str, Day], agents: int, seed: int) -> None:
    for scenario, day in days.items():
        stress = f", {scenario} {STRESS[0]:02d}:00-{STRESS[1]:02d}:00" if scenario != "normal" else ""
        print(f"\n{label}: {scenario} ({agents} agents, seed {seed}{stress})")
        print(" hour   SL %  longest wait  available  on shift  waiting")
        for r in day.hours:
            print(f"  {r['hour']:02.0f}  {r['sl'] * 100:5.1f}  {r['longest_s'] / 60:8.1f} min  {r['available']:9.1f}"
                  f"  {r['on_shift']:8.1f}  {r['waiting']:7.0f}")
        waits = "  ".join(f"{q} {s / 60:.1f}" for q, s in day.per_queue.items())
        print(f" longest wait {OPEN[0]:02d}-{OPEN[1]:02d} (min): {waits}; minutes with one of 10 min or more:"
              f" {day.long_wait_share:.1%}")
        recovery = "" if scenario == "normal" else (
            "; not recovered that day" if day.recovery_min is None
            else f"; recovered {day.recovery_min:.0f} min after the stress ended")
        print(f" minutes {OPEN[0]:02d}-{OPEN[1]:02d} with someone available: {day.available_share:.1%}{recovery}")


def baseline(ref: str, argv: list[str]) -> dict[str, Day]:
    """This benchmark's days against the simulator of ``ref``, in a temporary worktree and a child process."""
    with tempfile.TemporaryDirectory(prefix="demo-day-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), ref], cwd=ROOT, check=True,
                       capture_output=True)
        try:
            out = subprocess.run([sys.executable, __file__, *argv, "--json"], cwd=tree, check=True,
                                 capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(tree)})
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=True,
                           capture_output=True)
    return {scenario: Day(**day) for scenario, day in json.loads(out.stdout).items()}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m benchmarks demo_day", description=__doc__.splitlines()[0])
    p.add_argument("--agents", type=int, default=60)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--scenarios", default="normal,peak,agent-outage")
    p.add_argument("--baseline", default=BASELINE, help="git commit of the baseline's simulator (default: %(default)s)")
    p.add_argument("--no-baseline", action="store_true", help="skip the baseline")
    p.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # the baseline's child process
    args = p.parse_args(argv)
    days = {s: run_day(s, args.agents, args.seed) for s in args.scenarios.split(",")}
    if args.json:
        print(json.dumps({scenario: asdict(day) for scenario, day in days.items()}))
        return
    own = ["--agents", str(args.agents), "--seed", str(args.seed), "--scenarios", args.scenarios]
    base = {} if args.no_baseline else baseline(args.baseline, own)
    if base:
        report(f"baseline {args.baseline}", base, args.agents, args.seed)
    report("this tree", days, args.agents, args.seed)
    print(summary("demo_day", **figures(days), **{f"base_{k}": v for k, v in figures(base).items()}))


if __name__ == "__main__":
    main()
