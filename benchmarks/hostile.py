"""Client memory when a hostile server sends a huge body: the console's client vs a plain requests read.

A hostile server (tests/helpers/hostile.py, run from the repository root) answers ``GET /api/v1/snapshot`` with
``--mb`` megabytes, sized (Content-Length) or chunked, and ``GET /api/v1/me`` with a 500 error of the same size.
Each read runs in a child process of its own, which reports its peak RSS (ru_maxrss) and the time the read took:

* client: ``NativeBackend.snapshot()`` / ``.whoami()`` (limits: 256 MB per answer, 1 MB of an error body);
* baseline, in the same run: ``requests.Session().get(url).content``, what the client did before the limits
  (it read every answer, and every error body, whole).

Summary: ``hostile: rss_mb=... baseline_rss_mb=... error_rss_mb=... baseline_error_rss_mb=... mb=...`` where
``rss_mb`` is the client's peak RSS over the sized and the chunked snapshot, ``error_rss_mb`` the same for the
error body, and ``idle_rss_mb`` a child that only imports the client (the floor of every figure).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from benchmarks._common import ROOT, summary
from tests.helpers import hostile as h

CHILD = """
import json, resource, sys, time
import requests
from api_client import errors
from api_client.native import NativeBackend
mode, url, path = sys.argv[1:4]
started = time.perf_counter()
outcome = "ok"
if mode == "client":
    backend = NativeBackend(url, "token")
    try:
        backend.snapshot() if path.endswith("snapshot") else backend.whoami()
    except errors.ApiError as exc:
        outcome = type(exc).__name__
elif mode == "baseline":
    size = len(requests.Session().get(url + path, timeout=(3, 120)).content)
    outcome = f"read {size >> 20} MB"
print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "s": time.perf_counter() - started, "outcome": outcome}))
"""


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks hostile", description=__doc__.splitlines()[0])
    p.add_argument("--mb", type=int, default=500, help="size of the hostile body (default 500)")
    p.add_argument("--quick", action="store_true", help="a 64 MB body, for tests")
    return p.parse_args(argv)


def measure(mode: str, url: str, path: str) -> dict[str, float | str]:
    out = subprocess.run([sys.executable, "-c", CHILD, mode, url, path], cwd=ROOT, capture_output=True, text=True,
                         timeout=600, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    mb = 64 if args.quick else args.mb
    size = mb * 2**20
    peaks: dict[str, float] = {}
    with h.HostileServer() as sized, h.HostileServer() as chunked:
        sized.on("/api/v1/snapshot", h.big(size)).on("/api/v1/me", h.big(size, status=500))
        chunked.on("/api/v1/snapshot", h.big(size, chunked=True)).on("/api/v1/me", h.big(size, status=500,
                                                                                           chunked=True))
        idle = measure("idle", sized.url, "")
        print(f"idle child: {idle['rss_mb']:.0f} MB")
        for what, path in (("snapshot", "/api/v1/snapshot"), ("error", "/api/v1/me")):
            for mode in ("baseline", "client"):
                for name, server in (("sized", sized), ("chunked", chunked)):
                    got = measure(mode, server.url, path)
                    print(f"{mode:>8} {what:<8} {name:<7} {mb} MB: peak RSS {got['rss_mb']:.0f} MB, "
                          f"{got['s']:.2f} s, {got['outcome']}")
                    key = f"{mode}_{what}"
                    peaks[key] = max(peaks.get(key, 0.0), float(got["rss_mb"]))
    print(summary("hostile", rss_mb=peaks["client_snapshot"], baseline_rss_mb=peaks["baseline_snapshot"],
                  error_rss_mb=peaks["client_error"], baseline_error_rss_mb=peaks["baseline_error"],
                  idle_rss_mb=float(idle["rss_mb"]), mb=mb))
    return 0
