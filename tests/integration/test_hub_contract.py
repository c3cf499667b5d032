"""The hub keeps the native API's contract: the schemathesis suite that checks the simulator
(tests/unit/test_contract.py) runs against a hub following a paused simulator, on SQLite.

Until the shared QA store is plugged into the hub (``hub/qa_pending.py`` answers 501 meanwhile), the QA
operations are left out of this run; the lead removes :data:`QA_PATHS` from the exclusion at that merge.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import hypothesis
import pytest
import schemathesis

from tests.helpers.hub import HubServer
from tests.helpers.sim import make_sim
from tests.unit.test_contract import API, EXCLUDED_CHECKS, TIMEOUT_S, _cap, _sendable, schema

QA_PATHS = r"^/(interactions|scorecards|reviews|calibrations|assignments)"
hub_schema = schema.exclude(path_regex=QA_PATHS)


@pytest.fixture(scope="module")
def hub_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubServer]:
    tmp: Path = tmp_path_factory.mktemp("hub-contract")
    sim = make_sim(tmp, "--speed", "0", "--seed", "7")
    hub = HubServer(db=f"sqlite:///{tmp / 'hub.sqlite'}", upstream_kind="native", upstream_url=sim.url,
                    upstream_token=sim.tokens["supervisor"], log=tmp / "hub.log")
    # Schemathesis probes every operation with a wrong token: more than the default 20 a minute allows.
    hub.add_users().start("--auth-failures", "500")
    yield hub
    hub.stop()
    sim.stop()


@hub_schema.parametrize()
@hypothesis.settings(max_examples=30, deadline=None, derandomize=True, database=None,
                     suppress_health_check=[hypothesis.HealthCheck.too_slow, hypothesis.HealthCheck.filter_too_much])
def test_hub_conforms(case: schemathesis.Case, hub_api: HubServer) -> None:
    _sendable(case)
    _cap(case)
    case.call_and_validate(base_url=f"{hub_api.url}{API}", headers={"Authorization": f"Bearer "
                           f"{hub_api.tokens['supervisor']}"}, excluded_checks=EXCLUDED_CHECKS, timeout=TIMEOUT_S)
