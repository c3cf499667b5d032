"""Vendor push and the vendor credential on the hub, with real parts: a hub process following the Zendesk stand-in of
tests/integration/test_zendesk_backend.py (payloads from Zendesk's reference), signed webhooks sent to it over HTTP,
and the OAuth stand-in of tests/helpers/zendesk_oauth_server.py rotating refresh tokens in front of that Zendesk."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from api_client.native import NativeBackend
from tests.helpers.hub import HubServer
from tests.helpers.zendesk_oauth_server import CLIENT_ID, ZendeskOAuthServer, browser
from tests.integration.test_zendesk_backend import FakeZendesk, zendesk  # noqa: F401

API_TOKEN = "johnny@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv"
SECRET = "dGhlLXdlYmhvb2stc2lnbmluZy1zZWNyZXQ"
POLL_S = 60.0  # the safety net's interval: a change seen sooner came by the webhook
BODY = b'{"type":"zen:event-type:ticket.agent_assignment_changed","detail":{"id":"35437"}}'


def signed(body: bytes, at: datetime | None = None, secret: str = SECRET) -> dict[str, str]:
    """Zendesk's headers for ``body``, as its documentation computes them (base64 HMAC-SHA256 of timestamp + body)."""
    stamp = (at or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    digest = hmac.new(secret.encode(), stamp.encode() + body, hashlib.sha256).digest()
    return {"X-Zendesk-Webhook-Signature": base64.b64encode(digest).decode(),
            "X-Zendesk-Webhook-Signature-Timestamp": stamp, "Content-Type": "application/json"}


def failures(hub: HubServer, reason: str) -> float:
    text = requests.get(hub.url + "/metrics", timeout=5).text
    line = next((ln for ln in text.splitlines()
                 if ln.startswith(f'hub_webhook_failures_total{{reason="{reason}"}}')), None)
    return float(line.rsplit(" ", 1)[1]) if line else 0.0


def metric(hub: HubServer, name: str) -> float:
    text = requests.get(hub.url + "/metrics", timeout=5).text
    return float(next(ln for ln in text.splitlines() if ln.startswith(name + " ")).rsplit(" ", 1)[1])


def wait_for_assignee(console: NativeBackend, cursor: int, ticket_id: int, assignee: str, within: float) -> float:
    """Follow the hub's change feed as a console does until ``ticket_id`` has ``assignee``; the seconds it took."""
    started = time.monotonic()
    while (left := started + within - time.monotonic()) > 0:
        page = console.changes(cursor, wait=min(left, 5.0))
        cursor = page.cursor
        for change in page.changes:
            ticket = getattr(change, "ticket", None)
            if ticket is not None and ticket.id == ticket_id and ticket.assignee_id == assignee:
                return time.monotonic() - started
    raise AssertionError(f"ticket {ticket_id} did not reach the console within {within:.0f} s")


@pytest.fixture
def zendesk_hub(zendesk: tuple[FakeZendesk, str], tmp_path: Path) -> Iterator[tuple[FakeZendesk, HubServer]]:
    fake, url = zendesk
    secret_file = tmp_path / "webhook-secret"
    secret_file.write_text(SECRET + "\n")
    hub = HubServer(db=f"sqlite:///{tmp_path / 'hub.db'}", upstream_kind="zendesk", upstream_url=url,
                    upstream_token=API_TOKEN, log=tmp_path / "hub.log").add_users()
    hub.start("--poll-interval", str(POLL_S), "--webhook-secret-file", str(secret_file))
    try:
        yield fake, hub
    finally:
        hub.stop()
        assert SECRET not in hub.log.read_text()


def test_a_signed_zendesk_webhook_brings_the_change_to_a_console_sooner_than_the_poll(
        zendesk_hub: tuple[FakeZendesk, HubServer]) -> None:
    fake, hub = zendesk_hub
    console = hub.client("team_lead")
    cursor = console.snapshot().cursor
    exports = fake.exports
    with fake.lock:  # an agent assigns the ticket in Zendesk
        fake._apply(fake.tickets[35437], {"assignee_id": 235323})
    answer = requests.post(hub.url + "/hooks/zendesk", data=BODY, headers=signed(BODY), timeout=5)
    assert answer.status_code == 204
    took = wait_for_assignee(console, cursor, 35437, "235323", within=POLL_S / 2)
    assert took < 15  # the export is brought forward to 6 s after the previous one at most, not 60 s
    assert fake.exports == exports + 1  # one export for the webhook: the hook's body is a hint, the export the truth
    assert metric(hub, "hub_webhooks_total") == 1
    assert failures(hub, "bad_signature") == 0


def test_bad_old_replayed_and_oversized_webhooks_are_refused_and_counted(
        zendesk_hub: tuple[FakeZendesk, HubServer]) -> None:
    fake, hub = zendesk_hub
    post = lambda body, headers: requests.post(hub.url + "/hooks/zendesk", data=body, headers=headers,  # noqa: E731
                                               timeout=5).status_code
    exports = fake.exports
    assert post(BODY, signed(BODY, secret="not-the-secret")) == 401
    assert post(BODY + b" ", signed(BODY)) == 401  # the body was changed after signing
    assert post(BODY, {}) == 401
    assert failures(hub, "bad_signature") == 2
    assert failures(hub, "unsigned") == 1
    assert post(BODY, signed(BODY, datetime.now(UTC) - timedelta(minutes=10))) == 401
    assert failures(hub, "stale") == 1
    headers = signed(BODY)
    assert post(BODY, headers) == 204
    assert post(BODY, headers) == 401  # the same signed request again
    assert failures(hub, "replay") == 1
    big = b"x" * (300 * 1024)
    assert post(big, signed(big)) == 413
    assert failures(hub, "too_large") == 1
    assert metric(hub, "hub_webhooks_total") == 1
    time.sleep(7)  # only the one accepted hook woke the follower: one export brought forward, no more
    assert fake.exports == exports + 1
    assert "not-the-secret" not in hub.log.read_text()


def test_the_hub_signs_in_to_zendesk_and_keeps_following_as_refresh_tokens_rotate(
        zendesk: tuple[FakeZendesk, str], tmp_path: Path) -> None:
    fake, _ = zendesk
    with ZendeskOAuthServer(expires_in=3) as oauth:
        def upstream(method: str, path: str, query: dict[str, list[str]], body: object) -> tuple[int, object, dict]:
            with fake.lock:
                return fake.handle(method, path, query, body)
        oauth.upstream = upstream
        token_file = tmp_path / "secrets" / "zendesk-refresh"
        env = {k: v for k, v in os.environ.items() if k != "SUPERVISOR_HUB_UPSTREAM_TOKEN"}
        signin = subprocess.Popen([sys.executable, "-m", "hub", "signin", "zendesk", "--upstream-url", oauth.url,
                                   "--oauth-client", CLIENT_ID, "--oauth-token-file", str(token_file),
                                   "--timeout", "30"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env=env)
        assert signin.stdout is not None
        signin.stdout.readline()
        url = signin.stdout.readline().strip()
        assert url.startswith(oauth.url + "/oauth/authorizations/new?")
        assert "Signed in" in browser(url)
        out, err = signin.communicate(timeout=30)
        assert signin.returncode == 0, err
        assert str(token_file) in out
        assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
        assert token_file.read_text() in oauth.live_refresh_tokens()

        hub = HubServer(db=f"sqlite:///{tmp_path / 'hub.db'}", upstream_kind="zendesk", upstream_url=oauth.url,
                        upstream_token="", log=tmp_path / "hub.log").add_users()
        hub.start("--oauth-client", CLIENT_ID, "--oauth-token-file", str(token_file), "--poll-interval", "1")
        try:
            console = hub.client("team_lead")
            assert {t.id for t in console.snapshot().tickets} >= {35436, 35437}
            deadline = time.monotonic() + 20
            while oauth.refreshes < 3 and time.monotonic() < deadline:  # renewed at 80 % of 3 s, again and again
                time.sleep(0.2)
            assert oauth.refreshes >= 3
            oauth.expire_access_tokens()  # Zendesk ends the access token early: a 401, one refresh, the call again
            before = oauth.refreshes
            t = console.ticket(35437)
            moved = console.assign(35437, t.version, "235323", reason="Balancing")
            assert moved.assignee_id == "235323"
            assert fake.tickets[35437]["assignee_id"] == 235323
            assert oauth.refreshes > before
            assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
            assert oauth.live_refresh_tokens() == {token_file.read_text()}  # the stored one is the one alive
        finally:
            hub.stop()
        log = hub.log.read_text()
        assert all(secret not in log for secret in oauth.live_refresh_tokens())
        assert "za-" not in log
        assert "zr-" not in log
