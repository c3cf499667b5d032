"""The native API keeps its contract: the document matches the models, and the server matches the document.

Schemathesis generates valid and invalid requests for every operation of ``api_client/openapi.json``
(the change stream included: its first event is read and checked) and checks each answer against it:
no 5xx, only documented status codes, content types, headers and schemas, invalid requests rejected.
A few promises of the contract are then checked by hand with plain requests. The generated writes
change the centre, so this module has a simulator of its own rather than the shared ``sim``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

import hypothesis
import msgspec
import pytest
import requests
import schemathesis
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from api_client import contract
from api_client import models as m
from tests.helpers.sim import SimServer, make_sim

API = contract.API_PREFIX
DOCUMENT = contract.load()
TIMEOUT_S = 10.0

schema = schemathesis.openapi.from_dict(contract.load())
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
# The change stream never ends: read only its first page of changes (tested further by hand below).
schema.config.max_stream_events = 1

# Every built-in check (no 5xx; documented status codes, content types, headers and schemas; invalid data
# rejected; auth enforced; undeclared methods refused with 405 and Allow) but one: `positive_data_acceptance`
# wants a 2xx for any schema-valid request, while a valid body may name an agent, queue or scorecard that
# does not exist (a documented 422) or leave out the If-Match that writes need (a documented 428).
EXCLUDED_CHECKS = [positive_data_acceptance]

# Valid values the run shortens, only to stay fast (invalid ones are left alone, still to be rejected):
# a long-poll at the head of a paused feed waits the whole `wait`, and a week of `/sim/advance`
# simulates a week of the centre.
CAPS: dict[tuple[str, str, str], tuple[float, float]] = {
    # (path, location, name): (largest valid value, the value sent instead of a larger valid one)
    ("/changes", "query", "wait"): (60.0, 0.1),
    ("/sim/advance", "body", "seconds"): (7 * 86400.0, 300.0),
}


def _sendable(case: schemathesis.Case) -> None:
    """Send made-up query parameters whose value is None or an empty list or object as empty strings.

    `requests` leaves such parameters out of the URL, yet schemathesis counts them as sent and blames
    the server for accepting the (then valid) request; sent as `name=`, the server sees what the case says.
    """
    if isinstance(case.query, dict):
        for name, value in case.query.items():
            if value is None or (isinstance(value, list | dict) and not value):
                case.query[name] = ""


def _number(value: object) -> float | None:
    """A plain number, or one spelt plainly in a string (query values often come as text)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str) and re.fullmatch(r"[0-9]{1,20}(\.[0-9]{1,20})?", value):
        return float(value)
    return None


def _cap(case: schemathesis.Case) -> None:
    for (path, location, name), (valid_max, cap) in CAPS.items():
        values = case.query if location == "query" else case.body
        if case.operation.path != path or not isinstance(values, dict):
            continue
        value = _number(values.get(name))
        if value is not None and cap < value <= valid_max:
            values[name] = str(cap) if isinstance(values[name], str) else cap


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimServer]:
    """A paused simulator for this module alone: the generated writes must not leak into other tests."""
    # Schemathesis probes every operation with wrong tokens, several times each: far more than the default 20 a
    # minute allows (tests/unit/test_hostile_requests.py tests the throttle itself).
    server = make_sim(tmp_path_factory.mktemp("contract"), "--speed", "0", "--seed", "7", "--auth-failures", "100000")
    yield server
    server.stop()


def _auth(api: SimServer, role: str = "supervisor") -> dict[str, str]:
    return {"Authorization": f"Bearer {api.tokens[role]}"}


# ---------------------------------------------------------------------------- the document


def test_checked_in_document_is_rendered_from_the_models() -> None:
    assert contract.DOCUMENT_PATH.read_text(encoding="utf-8") == contract.render(), (
        "api_client/openapi.json is stale: run `python -m api_client.contract`"
    )


def test_server_serves_the_same_document(api: SimServer) -> None:
    r = requests.get(f"{api.url}{API}/openapi.json", timeout=TIMEOUT_S)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    assert r.text == contract.render()


# ---------------------------------------------------------------------------- generated conformance


@schema.parametrize()
# Derandomized: the same requests every run. Generating the larger bodies can be slow on a small machine,
# which is no fault of the server: those two health checks are off.
@hypothesis.settings(max_examples=30, deadline=None, derandomize=True, database=None,
                     suppress_health_check=[hypothesis.HealthCheck.too_slow, hypothesis.HealthCheck.filter_too_much])
def test_server_conforms(case: schemathesis.Case, api: SimServer) -> None:
    _sendable(case)
    _cap(case)
    case.call_and_validate(base_url=f"{api.url}{API}", headers=_auth(api), excluded_checks=EXCLUDED_CHECKS,
                           timeout=TIMEOUT_S)


# ---------------------------------------------------------------------------- by hand


def _documented(r: requests.Response, method: str, path: str) -> m.ErrorBody:
    """Check an error answer is one the document gives the operation, as an ErrorBody; return the body."""
    responses = DOCUMENT["paths"][path][method]["responses"]
    assert str(r.status_code) in responses, f"{method.upper()} {path} -> {r.status_code} is not documented"
    assert r.headers["content-type"].startswith("application/json")
    return msgspec.json.decode(r.content, type=m.ErrorBody)


def _open_ticket(api: SimServer) -> m.Ticket:
    r = requests.get(f"{api.url}{API}/tickets", params={"unresolved": "true", "limit": 1},
                     headers=_auth(api), timeout=TIMEOUT_S)
    r.raise_for_status()
    return msgspec.json.decode(r.content, type=list[m.Ticket])[0]


def _assign(api: SimServer, ticket_id: int, body: Any, *, role: str = "supervisor",
            if_match: str | None = None) -> requests.Response:
    headers = _auth(api, role)
    if if_match is not None:
        headers["If-Match"] = if_match
    return requests.post(f"{api.url}{API}/tickets/{ticket_id}/assign", json=body, headers=headers,
                         timeout=TIMEOUT_S)


ASSIGN = "/tickets/{ticket_id}/assign"


def test_missing_token_is_401(api: SimServer) -> None:
    for path in ("/me", "/tickets", "/snapshot"):
        r = requests.get(f"{api.url}{API}{path}", timeout=TIMEOUT_S)
        assert r.status_code == 401
        assert _documented(r, "get", path).error == "unauthorized"
    r = requests.get(f"{api.url}{API}/me", headers={"Authorization": "Bearer not-a-token"}, timeout=TIMEOUT_S)
    assert r.status_code == 401


def test_viewer_may_not_assign(api: SimServer) -> None:
    t = _open_ticket(api)
    r = _assign(api, t.id, {"assignee_id": None}, role="viewer", if_match=f'"{t.version}"')
    assert r.status_code == 403
    assert _documented(r, "post", ASSIGN).error == "forbidden"


def test_assign_without_if_match_is_428(api: SimServer) -> None:
    t = _open_ticket(api)
    r = _assign(api, t.id, {"assignee_id": None})
    assert r.status_code == 428
    assert _documented(r, "post", ASSIGN).field == "If-Match"


def test_stale_if_match_is_412_with_the_current_ticket(api: SimServer) -> None:
    t = _open_ticket(api)
    moved = _assign(api, t.id, {"assignee_id": None, "reason": "contract test"}, if_match=f'"{t.version}"')
    assert moved.status_code == 200
    current = msgspec.json.decode(moved.content, type=m.Ticket)
    assert moved.headers["ETag"] == f'"{current.version}"'
    assert current.version > t.version
    r = _assign(api, t.id, {"assignee_id": None}, if_match=f'"{t.version}"')
    assert r.status_code == 412
    body = _documented(r, "post", ASSIGN)
    assert body.ticket is not None
    assert body.ticket.id == t.id
    assert body.ticket.version == current.version


def test_invalid_body_is_422_naming_the_field(api: SimServer) -> None:
    t = _open_ticket(api)
    r = _assign(api, t.id, {"assignee_id": 5}, if_match=f'"{t.version}"')
    assert r.status_code == 422
    assert _documented(r, "post", ASSIGN).field == "assignee_id"


def test_resolved_ticket_is_409(api: SimServer) -> None:
    r = requests.get(f"{api.url}{API}/tickets", params={"status": "solved", "limit": 1},
                     headers=_auth(api), timeout=TIMEOUT_S)
    solved = msgspec.json.decode(r.content, type=list[m.Ticket])
    assert solved, "the seeded centre has solved tickets"
    r = _assign(api, solved[0].id, {"assignee_id": None}, if_match=f'"{solved[0].version}"')
    assert r.status_code == 409
    assert _documented(r, "post", ASSIGN).error == "not_open"


@pytest.mark.parametrize(("query", "field"), [
    ("assigne_id=a0001", "assigne_id"),  # misspelt: must not quietly return the unfiltered list
    ("limit=1&limit=2", "limit"),  # given twice
    ("limit=", "limit"),  # empty is malformed, not absent
    ("limit=1_0", "limit"),  # int() would take it
    ("after_id=%D9%A3", "after_id"),  # a non-ASCII digit, likewise
])
def test_malformed_query_is_400(api: SimServer, query: str, field: str) -> None:
    r = requests.get(f"{api.url}{API}/tickets?{query}", headers=_auth(api), timeout=TIMEOUT_S)
    assert r.status_code == 400
    assert _documented(r, "get", "/tickets").field == field


def test_odd_values_are_refused_not_crashed_on(api: SimServer) -> None:
    """Values that once reached the database or int() unchecked and answered 500."""
    huge = 10**20  # beyond SQLite's INTEGER
    r = requests.get(f"{api.url}{API}/interactions/{huge}", headers=_auth(api), timeout=TIMEOUT_S)
    assert r.status_code == 404
    _documented(r, "get", "/interactions/{interaction_id}")
    r = requests.post(f"{api.url}{API}/tickets/bulk-assign", headers=_auth(api), timeout=TIMEOUT_S,
                      json={"items": [{"ticket_id": huge, "version": 1, "assignee_id": None}]})
    assert r.status_code == 422
    assert _documented(r, "post", "/tickets/bulk-assign").field == "items[0].ticket_id"
    t = _open_ticket(api)
    r = _assign(api, t.id, {"assignee_id": None}, if_match="\u00b2")  # "²" passes str.isdigit()
    assert r.status_code == 400
    assert _documented(r, "post", ASSIGN).field == "If-Match"
    r = requests.get(f"{api.url}{API}/changes/stream", headers={**_auth(api), "Last-Event-ID": "\u00b2"},
                     timeout=TIMEOUT_S)
    assert r.status_code == 400
    assert _documented(r, "get", "/changes/stream").field == "Last-Event-ID"


# ---------------------------------------------------------------------------- the change stream


def _first_event(r: requests.Response, timeout_s: float) -> dict[str, str]:
    """The first SSE event carrying data, as its fields (``retry``-only blocks are not events)."""
    deadline = time.monotonic() + timeout_s
    buffer = b""
    for chunk in r.iter_content(chunk_size=None):
        buffer += chunk
        while b"\n\n" in buffer:
            block, buffer = buffer.split(b"\n\n", 1)
            lines = block.decode().splitlines()
            fields = dict(line.split(": ", 1) for line in lines if ": " in line)
            if "data" in fields:
                return fields
        if time.monotonic() > deadline:
            break
    raise AssertionError(f"no event within {timeout_s} s; got {buffer!r}")


def test_change_stream_sends_pages_of_changes(api: SimServer) -> None:
    url = f"{api.url}{API}/changes/stream"
    # Read timeout above the server's heartbeat interval (5 s): a paused centre may only send heartbeats.
    with requests.get(url, params={"cursor": 0}, headers=_auth(api), stream=True, timeout=(5, 8)) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        event = _first_event(r, timeout_s=8)
    assert event["event"] in ("changes", "heartbeat")
    page = msgspec.json.decode(event["data"], type=m.ChangesPage)  # the event's contentSchema
    assert int(event["id"]) == page.cursor


def test_change_stream_refuses_before_streaming(api: SimServer) -> None:
    path = "/changes/stream"
    url = f"{api.url}{API}{path}"
    r = requests.get(url, timeout=TIMEOUT_S)
    assert r.status_code == 401
    _documented(r, "get", path)
    r = requests.get(url, params={"cursor": 2**53}, headers=_auth(api), timeout=TIMEOUT_S)
    assert r.status_code == 400
    assert _documented(r, "get", path).field == "cursor"
    r = requests.get(url, headers={**_auth(api), "Last-Event-ID": "x"}, timeout=TIMEOUT_S)
    assert r.status_code == 400
    assert _documented(r, "get", path).field == "Last-Event-ID"
