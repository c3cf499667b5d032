"""The simulator refuses hostile input before it costs anything (issue 15, items 6-9), over HTTP on the real server.

Raw sockets where a client library would not send what a hostile one does: a 500 MB body, a chunked body that never
ends, a 64 KB header. Each answer must be the contract's ErrorBody.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import msgspec
import pytest
import requests

from api_client import contract
from api_client import models as m
from tests.helpers.sim import SimServer, make_sim

API = contract.API_PREFIX
TIMEOUT_S = 10.0


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimServer]:
    """A paused simulator for this module: its tests write, and one sends wrong tokens."""
    server = make_sim(tmp_path_factory.mktemp("hostile"), "--speed", "0", "--seed", "5")
    yield server
    server.stop()


def _auth(api: SimServer, role: str = "supervisor") -> dict[str, str]:
    return {"Authorization": f"Bearer {api.tokens[role]}"}


def _error(r: requests.Response, status: int) -> m.ErrorBody:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    return msgspec.json.decode(r.content, type=m.ErrorBody)


def _open_ticket(api: SimServer) -> m.Ticket:
    r = requests.get(
        f"{api.url}{API}/tickets", params={"unresolved": "true", "limit": 1}, headers=_auth(api), timeout=TIMEOUT_S
    )
    return msgspec.json.decode(r.content, type=list[m.Ticket])[0]


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def _head(api: SimServer, path: str, headers: dict[str, str]) -> socket.socket:
    """A connection that has sent a POST's head (no body yet)."""
    sock = socket.create_connection(("127.0.0.1", api.port), timeout=TIMEOUT_S)
    lines = [f"POST {API}{path} HTTP/1.1", "Host: 127.0.0.1", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    sock.sendall("\r\n".join(lines).encode())
    return sock


def _answer(sock: socket.socket) -> tuple[int, dict[str, str], m.ErrorBody]:
    """Read one response (status, headers, ErrorBody) up to the server's closing the connection after it."""
    data = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:  # closed with the client's bytes unread: a reset, after the answer
            assert data, "reset before any answer"
            break
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, v in (h.split(":", 1) for h in header_lines)}
    assert headers["content-type"].startswith("application/json"), data[:300]
    return int(status_line.split()[1]), headers, msgspec.json.decode(body, type=m.ErrorBody)


# ---------------------------------------------------------------------------- 6. duplicate bulk items


def test_bulk_listing_a_ticket_twice_is_refused_and_changes_nothing(api: SimServer) -> None:
    t, other = msgspec.json.decode(
        requests.get(
            f"{api.url}{API}/tickets", params={"unresolved": "true", "limit": 2}, headers=_auth(api), timeout=TIMEOUT_S
        ).content,
        type=list[m.Ticket],
    )
    audit_before = requests.get(f"{api.url}{API}/audit", headers=_auth(api), timeout=TIMEOUT_S).json()
    items = [
        {"ticket_id": other.id, "version": other.version, "assignee_id": None},
        {"ticket_id": t.id, "version": t.version, "assignee_id": None},
        {"ticket_id": t.id, "version": t.version, "assignee_id": None},
    ]
    r = requests.post(
        f"{api.url}{API}/tickets/bulk-assign",
        json={"items": items, "reason": "twice"},
        headers=_auth(api),
        timeout=TIMEOUT_S,
    )
    body = _error(r, 422)
    assert body.error == "duplicate_ticket"
    assert body.field == "items[2].ticket_id"
    assert str(t.id) in body.message
    for ticket in (t, other):  # nothing applied, not even the item listed once
        now = requests.get(f"{api.url}{API}/tickets/{ticket.id}", headers=_auth(api), timeout=TIMEOUT_S)
        assert now.json()["version"] == ticket.version
    assert requests.get(f"{api.url}{API}/audit", headers=_auth(api), timeout=TIMEOUT_S).json() == audit_before


# ---------------------------------------------------------------------------- 7. bodies: auth first, capped


@pytest.mark.parametrize(
    ("role", "status", "error"),
    [
        (None, 401, "unauthorized"),
        ("viewer", 403, "forbidden"),  # authenticated, but may not bulk-assign: the body is not for them either
        ("supervisor", 413, "too_large"),  # may, but 500 MB is over the operation's limit
    ],
)
def test_a_huge_body_is_refused_before_any_of_it_is_read(
    api: SimServer, role: str | None, status: int, error: str
) -> None:
    headers = {"Content-Type": "application/json", "Content-Length": str(500 << 20)}
    if role is not None:
        headers.update(_auth(api, role))
    with _head(api, "/tickets/bulk-assign", headers) as sock:  # the answer comes with no byte of the body sent
        got, response_headers, body = _answer(sock)
    assert (got, body.error) == (status, error)
    assert response_headers["connection"] == "close"


def test_an_endless_chunked_body_is_cut_off_at_the_limit_without_memory_growth(api: SimServer) -> None:
    assert api.proc is not None
    before = _rss_mb(api.proc.pid)
    sent = 0
    chunk = b"x" * (1 << 20)
    with _head(
        api, "/tickets/bulk-assign", {**_auth(api), "Content-Type": "application/json", "Transfer-Encoding": "chunked"}
    ) as sock:
        result: list[tuple[int, dict[str, str], m.ErrorBody]] = []
        reader = threading.Thread(target=lambda: result.append(_answer(sock)), daemon=True)
        reader.start()
        started = time.monotonic()
        try:
            while sent < 500 << 20:  # 500 MB, unless the server closes first
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
        except OSError:  # the server closed the connection: the rest is never sent
            pass
        reader.join(TIMEOUT_S)
    status, _, body = result[0]
    assert (status, body.error) == (413, "too_large")
    assert str(contract.max_body(m.BulkAssignRequest)) in body.message
    assert sent < 64 << 20, f"{sent >> 20} MB accepted before the server closed"
    assert time.monotonic() - started < TIMEOUT_S
    assert _rss_mb(api.proc.pid) - before < 20


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded"])
def test_json_bodies_need_the_json_content_type(api: SimServer, content_type: str | None) -> None:
    t = _open_ticket(api)
    headers = {**_auth(api), "If-Match": f'"{t.version}"'}
    if content_type:
        headers["Content-Type"] = content_type
    r = requests.post(
        f"{api.url}{API}/tickets/{t.id}/assign", data=b'{"assignee_id": null}', headers=headers, timeout=TIMEOUT_S
    )
    assert _error(r, 415).field == "Content-Type"
    headers["Content-Type"] = "application/json; charset=utf-8"
    r = requests.post(
        f"{api.url}{API}/tickets/{t.id}/assign", data=b'{"assignee_id": null}', headers=headers, timeout=TIMEOUT_S
    )
    assert r.status_code == 200


# ---------------------------------------------------------------------------- 8. odd values


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("since=0001-01-01T00:00:00%2B14:00", "since"),  # before year 1 in UTC: was OverflowError, a 500
        ("until=9999-12-31T23:59:59-14:00", "until"),  # after year 9999 in UTC
    ],
)
def test_audit_times_outside_utc_are_400(api: SimServer, query: str, field: str) -> None:
    r = requests.get(f"{api.url}{API}/audit?{query}", headers=_auth(api), timeout=TIMEOUT_S)
    assert _error(r, 400).field == field
    ok = requests.get(f"{api.url}{API}/audit?since=2026-11-23T18:00:00%2B08:00", headers=_auth(api), timeout=TIMEOUT_S)
    assert ok.status_code == 200


def test_a_64_kb_header_gets_the_json_error_shape(api: SimServer) -> None:
    head = f"GET {API}/me HTTP/1.1\r\nHost: x\r\nX-Big: {'a' * 65536}\r\n\r\n".encode()
    with socket.create_connection(("127.0.0.1", api.port), timeout=TIMEOUT_S) as sock:
        sock.sendall(head[:32768])  # over the 16 KB limit while still incomplete, as a slow or hostile client
        time.sleep(0.3)
        with contextlib.suppress(OSError):  # the server may have closed by now
            sock.sendall(head[32768:])
        status, _, body = _answer(sock)
    assert (status, body.error) == (431, "headers_too_large")
    with socket.create_connection(("127.0.0.1", api.port), timeout=TIMEOUT_S) as sock:
        sock.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        status, _, body = _answer(sock)
    assert (status, body.error) == (400, "bad_request")


def test_if_match_must_be_the_etag_as_issued(api: SimServer) -> None:
    t = _open_ticket(api)
    url = f"{api.url}{API}/tickets/{t.id}/assign"
    for value in (f'W/"{t.version}"', str(t.version), f'"0{t.version}"', f'" {t.version}"'):
        r = requests.post(url, json={"assignee_id": None}, headers={**_auth(api), "If-Match": value}, timeout=TIMEOUT_S)
        assert _error(r, 400).field == "If-Match", value
    r = requests.get(f"{api.url}{API}/tickets/{t.id}", headers=_auth(api), timeout=TIMEOUT_S)
    r = requests.post(
        url, json={"assignee_id": None}, headers={**_auth(api), "If-Match": r.headers["ETag"]}, timeout=TIMEOUT_S
    )
    assert r.status_code == 200


@pytest.mark.parametrize("weight", [1.7e308, 101])
def test_scorecard_weights_are_bounded(api: SimServer, weight: float) -> None:
    card = {
        "id": "huge",
        "name": "Huge",
        "categories": [
            {"id": "a", "name": "A", "weight": weight, "scale": 3},
            {"id": "b", "name": "B", "weight": 1, "scale": 3},
        ],
    }
    r = requests.post(f"{api.url}{API}/scorecards", json=card, headers=_auth(api), timeout=TIMEOUT_S)
    assert _error(r, 422).field == "categories[0].weight"


def _seeded_review_of_another(api: SimServer) -> m.Review:
    reviews = msgspec.json.decode(
        requests.get(
            f"{api.url}{API}/reviews", params={"reviewer_id": "u-qa-li"}, headers=_auth(api), timeout=TIMEOUT_S
        ).content,
        type=list[m.Review],
    )
    return reviews[0]


def test_put_review_checks_the_role_before_the_version(api: SimServer) -> None:
    """A reviewer changing a colleague's review learns nothing from a 412 (its version) or a 422."""
    theirs = _seeded_review_of_another(api)
    body = {
        "interaction_id": theirs.interaction_id,
        "scorecard_id": theirs.scorecard_id,
        "scores": [msgspec.to_builtins(s) for s in theirs.scores],
        "status": "submitted",
    }
    for version in (theirs.version, theirs.version + 5):
        r = requests.put(
            f"{api.url}{API}/reviews/{theirs.id}",
            json=body,
            timeout=TIMEOUT_S,
            headers={**_auth(api, "qa_reviewer"), "If-Match": f'"{version}"'},
        )
        assert _error(r, 403).error == "forbidden"
    r = requests.put(
        f"{api.url}{API}/reviews/{theirs.id}",
        json={**body, "scorecard_id": "other"},
        timeout=TIMEOUT_S,
        headers={**_auth(api, "qa_reviewer"), "If-Match": '"1"'},
    )
    assert r.status_code == 403


# ---------------------------------------------------------------------------- 9. roles


def test_drafts_are_private_to_their_author(api: SimServer) -> None:
    qa = api.client("qa_reviewer")
    try:
        card = qa.scorecards()[0]
        iid = qa.interactions(limit=3)[2].id
        draft = qa.save_review(m.ReviewInput(interaction_id=iid, scorecard_id=card.id, scores=[]))
    finally:
        qa.close()
    mine = requests.get(
        f"{api.url}{API}/reviews", params={"interaction_id": iid}, headers=_auth(api, "qa_reviewer"), timeout=TIMEOUT_S
    ).json()
    assert draft.id in [r["id"] for r in mine]
    for role in ("supervisor", "team_lead", "viewer"):
        theirs = requests.get(
            f"{api.url}{API}/reviews", params={"interaction_id": iid}, headers=_auth(api, role), timeout=TIMEOUT_S
        ).json()
        assert draft.id not in [r["id"] for r in theirs], role
        assert all(r["status"] == "submitted" for r in theirs)
    body = {"interaction_id": iid, "scorecard_id": card.id, "scores": []}
    r = requests.put(
        f"{api.url}{API}/reviews/{draft.id}",
        json=body,
        headers={**_auth(api), "If-Match": f'"{draft.version}"'},
        timeout=TIMEOUT_S,
    )
    assert _error(r, 404).error == "not_found"  # not even a supervisor: a draft is not a review yet
    r = requests.post(
        f"{api.url}{API}/reviews/{draft.id}/dispute",
        json={"comment": "x"},
        headers=_auth(api, "team_lead"),
        timeout=TIMEOUT_S,
    )
    assert _error(r, 404).error == "not_found"


def test_a_reviewer_fills_only_their_own_queue(api: SimServer) -> None:
    sample = {"per_agent": 1, "since": "2026-11-23T00:00:00+00:00", "until": "2026-11-24T00:00:00+00:00", "seed": 1}
    url = f"{api.url}{API}/assignments/sample"
    r = requests.post(
        url, json={**sample, "reviewer_id": "u-sup"}, headers=_auth(api, "qa_reviewer"), timeout=TIMEOUT_S
    )
    assert _error(r, 403).error == "forbidden"
    assert (
        requests.get(
            f"{api.url}{API}/assignments", params={"reviewer_id": "u-sup"}, headers=_auth(api), timeout=TIMEOUT_S
        ).json()
        == []
    )
    r = requests.post(url, json={**sample, "reviewer_id": "u-qa"}, headers=_auth(api, "qa_reviewer"), timeout=TIMEOUT_S)
    assert r.status_code == 201
    assert r.json()
    r = requests.post(url, json={**sample, "reviewer_id": "u-sup"}, headers=_auth(api), timeout=TIMEOUT_S)
    assert r.status_code == 201  # a supervisor fills anyone's
    assert r.json()


def test_repeated_wrong_tokens_get_429_for_every_token(tmp_path: Path) -> None:
    server = make_sim(tmp_path, "--speed", "0", "--auth-failures", "5")
    try:
        url = f"{server.url}{API}/me"
        for _ in range(3):  # no token at all is not a guess: never counted
            assert requests.get(url, timeout=TIMEOUT_S).status_code == 401
        for i in range(5):
            r = requests.get(url, headers={"Authorization": f"Bearer guess-{i}"}, timeout=TIMEOUT_S)
            assert _error(r, 401).error == "unauthorized"
        r = requests.get(url, headers={"Authorization": "Bearer guess-6"}, timeout=TIMEOUT_S)
        assert _error(r, 429).error == "too_many_failures"
        assert 50 <= int(r.headers["Retry-After"]) <= 60
        # The right token is not even checked while the client is held back, so a guess tells nothing.
        r = requests.get(url, headers={"Authorization": f"Bearer {server.tokens['viewer']}"}, timeout=TIMEOUT_S)
        assert r.status_code == 429
        assert json.loads(r.content)["error"] == "too_many_failures"
    finally:
        server.stop()
