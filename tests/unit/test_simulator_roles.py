"""Every operation lets in exactly the roles the contract names for it ("Allowed for: ...")."""

from __future__ import annotations

import re

import pytest
import requests

from api_client import contract
from tests.helpers.sim import SimServer

ROLES = ("supervisor", "team_lead", "qa_reviewer", "viewer")
PATH_VALUES = {"ticket_id": "1", "review_id": "1", "calibration_id": "1", "interaction_id": "1",
               "agent_id": "a0001", "scorecard_id": "standard", "version": "1", "name": "thresholds"}


def _restricted() -> list[tuple[str, str, frozenset[str]]]:
    """(method, path, roles) of every operation the contract allows to a list of roles only."""
    found = []
    for path, ops in contract.build_document()["paths"].items():
        for method, op in ops.items():
            match = re.match(r"Allowed for: ([a-z_]+(?:, [a-z_]+)*)\.", op.get("description", ""))
            if match:
                found.append((method.upper(), path, frozenset(match.group(1).split(", "))))
    return found


RESTRICTED = _restricted()


def test_the_contract_restricts_the_writes() -> None:
    assert len(RESTRICTED) >= 15


@pytest.mark.parametrize(("method", "path", "allowed"), RESTRICTED, ids=[f"{m} {p}" for m, p, _ in RESTRICTED])
def test_roles_are_the_contracts(sim: SimServer, method: str, path: str, allowed: frozenset[str]) -> None:
    url = f"{sim.url}{contract.API_PREFIX}{path.format(**PATH_VALUES)}"
    for role in ROLES:
        # A JSON array is never a valid body: a role let in gets a 422 and nothing changes.
        r = requests.request(method, url, data=b"[]", timeout=10,
                             headers={"Authorization": f"Bearer {sim.tokens[role]}", "If-Match": '"1"',
                                      "Content-Type": "application/json"})
        if role in allowed:
            assert r.status_code == 422, (role, r.text)
        else:
            assert r.status_code == 403, (role, r.text)
            assert r.json()["error"] == "forbidden"
