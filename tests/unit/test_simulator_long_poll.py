"""Long-polls wait on the event loop, not in threads: many parked clients stall nobody, and a change
wakes them all at once."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import requests

from api_client import contract
from tests.helpers.sim import SimServer

PARKED = 60  # more than the 40 threads Starlette runs blocking endpoints in
WAIT_S = 20


def test_parked_long_polls_hold_no_thread(own_sim: SimServer) -> None:
    api = f"{own_sim.url}{contract.API_PREFIX}"
    auth = {"Authorization": f"Bearer {own_sim.tokens['supervisor']}"}
    head = requests.get(f"{api}/sim/status", headers=auth, timeout=5).json()["cursor"]

    def long_poll(_: int) -> tuple[float, dict[str, object]]:
        r = requests.get(f"{api}/changes", params={"cursor": head, "wait": WAIT_S}, headers=auth,
                         timeout=WAIT_S + 10)
        return time.monotonic(), r.json()

    with ThreadPoolExecutor(PARKED) as pool:
        polls = [pool.submit(long_poll, i) for i in range(PARKED)]
        time.sleep(1.0)  # let them park at the head of the paused feed
        started = time.monotonic()
        assert requests.get(f"{api}/me", headers=auth, timeout=5).status_code == 200
        assert time.monotonic() - started < 2.0
        assert not any(p.done() for p in polls)
        advanced = time.monotonic()
        r = requests.post(f"{api}/sim/advance", json={"seconds": 60}, headers=auth, timeout=10)
        assert r.status_code == 200
        results = [p.result() for p in polls]
    assert all(page["cursor"] > head and page["changes"] for _, page in results)
    assert max(done for done, _ in results) - advanced < 5.0  # woken by the change, not by the 20 s timeout
