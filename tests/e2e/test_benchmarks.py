"""The benchmarks run end to end in their --quick form and close with a well-formed summary line.

Each runs as ``python -m benchmarks NAME --quick`` in a process of its own, as a user runs it: a benchmark builds
whole windows, servers and workers and ends by exiting, which the test process must not inherit.
Nothing here asserts on speed: timings on a shared machine are too noisy for that.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from benchmarks.__main__ import available
from benchmarks.__main__ import main as bench_main

SUMMARY = r"^{name}: (\w+=\S+ ?)+$"


def summary_values(out: str, name: str) -> dict[str, float]:
    lines = out.strip().splitlines()
    assert lines, "the benchmark printed nothing"
    last = lines[-1]
    assert re.match(SUMMARY.format(name=re.escape(name)), last), f"bad summary line: {last!r}"
    values = dict(pair.split("=", 1) for pair in last.split(": ", 1)[1].split())
    parsed = {key: float(value) for key, value in values.items()}
    assert all(v > 0 for v in parsed.values()), f"non-positive value in {last!r}"
    return parsed


@pytest.mark.parametrize(("name", "keys"), [
    ("snapshot", {"ms", "baseline_ms", "ratio", "tickets", "mb"}),
    ("feed", {"events_per_s", "longpoll_events_per_s", "events", "ratio"}),
    ("store", {"ms", "baseline_ms", "ratio", "events", "tickets"}),
    ("stall", {"max_ms", "p99_ms", "baseline_max_ms", "events"}),
    ("latency", {"median_ms", "p95_ms", "baseline_median_ms", "trials"}),
    ("table", {"sort_ms", "filter_ms", "baseline_sort_ms", "baseline_filter_ms", "rows"}),
    ("chart", {"ms", "baseline_ms", "ratio", "series", "points"}),
    ("transcript", {"open_ms", "baseline_ms", "search_ms", "follow_ms", "queue_ms", "queue_baseline_ms", "turns"}),
    pytest.param("soak", {"rss_start_mb", "rss_end_mb", "restarts", "recoveries", "rss_base_mb"},
                 marks=pytest.mark.timeout(180)),  # about 45 s of server restarts even when quick
    ("hostile", {"rss_mb", "baseline_rss_mb", "error_rss_mb", "baseline_error_rss_mb", "mb"}),
    ("qaload", {"old_calls", "new_calls", "old_ms", "new_ms", "assignments"}),
])
def test_quick_run_ends_with_summary(name: str, keys: set[str]) -> None:
    run = subprocess.run([sys.executable, "-m", "benchmarks", name, "--quick"], capture_output=True, text=True,
                         timeout=170, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    values = summary_values(run.stdout, name)
    assert keys <= values.keys()


def test_registry_lists_benchmarks_with_docstrings(capsys: pytest.CaptureFixture[str]) -> None:
    names = available()
    assert {"snapshot", "feed"} <= names.keys()
    assert not any(n.startswith("_") for n in names), "helper modules are not benchmarks"
    assert bench_main(["--list"]) == 0
    out = capsys.readouterr().out
    for name in ("snapshot", "feed"):
        assert re.search(rf"^\s+{name}\s+\S", out, re.MULTILINE), out


def test_unknown_benchmark_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_main(["no-such-benchmark"]) == 2
    assert "unknown benchmark 'no-such-benchmark'" in capsys.readouterr().err


@pytest.mark.timeout(240)
def test_hub_quick_run_ends_with_summary_and_loses_nothing() -> None:
    """The hub's summary has lost=0 and doubled=0 (zeros, which the generic check above refuses)."""
    run = subprocess.run([sys.executable, "-m", "benchmarks", "hub", "--quick"], capture_output=True, text=True,
                         timeout=230, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    last = run.stdout.strip().splitlines()[-1]
    assert re.match(SUMMARY.format(name="hub"), last), f"bad summary line: {last!r}"
    values = {k: float(v) for k, v in (pair.split("=", 1) for pair in last.split(": ", 1)[1].split())}
    assert values.keys() == {"consoles", "calls_per_min_1", "calls_per_min_n", "p50_ms", "p99_ms", "rss_mb", "lost",
                             "doubled"}
    assert values["lost"] == 0
    assert values["doubled"] == 0
    assert values["calls_per_min_n"] == values["calls_per_min_1"] > 0  # 200 consoles cost the upstream nothing
