"""A local stand-in for Zendesk's OAuth endpoints, as documented (developer.zendesk.com: "Create Token for Grant
Type", "Using PKCE", "Revoking an OAuth access token", Users "Show Self"), in a real HTTP server on a thread.

- ``GET /oauth/authorizations/new`` approves at once: it redirects to the ``redirect_uri`` with ``code`` and
  ``state`` (or with ``error=`` when the test sets :attr:`ZendeskOAuthServer.deny`, or for an unknown client).
- ``POST /oauth/tokens`` (JSON) checks the code, the client, the redirect URI and the PKCE verifier (S256), and
  answers a token pair with a short ``expires_in``; ``grant_type=refresh_token`` deletes the old pair (its refresh
  token is rejected from then on, ``invalid_grant``) and answers a new one.
- ``GET /api/v2/users/me`` answers 401 to a missing, unknown, revoked or expired access token.
- ``GET /api/v2/oauth/tokens/current`` and ``DELETE /api/v2/oauth/tokens/{id}|current`` revoke a pair.
- Any other ``/api/v2`` request with a live access token goes to :attr:`ZendeskOAuthServer.upstream` when set (a
  Zendesk stand-in's ``handle(method, path, query, body)``), so a whole Zendesk can sit behind OAuth.

Every request is recorded (method, path with query, body) so tests can look for secrets where they must not be.
:func:`browser` plays the user's browser: it opens the authorization page and follows the redirect to the console.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import requests

CLIENT_ID = "supervisor_console"


@dataclass
class Pair:
    """One access and refresh token pair (Zendesk's token object)."""

    id: int
    access: str
    refresh: str
    expires_at: float


class ZendeskOAuthServer:
    """The stand-in's state; ``with ZendeskOAuthServer() as z:`` serves it on ``z.url``."""

    def __init__(self, expires_in: int = 2, client_id: str = CLIENT_ID) -> None:
        self.expires_in = expires_in
        self.client_id = client_id
        self.deny: str | None = None  # an OAuth error the authorization page answers with (e.g. access_denied)
        self.token_error: str | None = None  # an OAuth error /oauth/tokens answers with (e.g. invalid_client)
        self.codes: dict[str, dict[str, str]] = {}  # code -> redirect_uri, challenge, client
        self.pairs: dict[int, Pair] = {}
        self.requests: list[tuple[str, str, str]] = []  # method, path with query, body
        self.refreshes = 0
        self.unauthorized = 0  # 401s answered on the API
        self.lock = threading.Lock()
        self.upstream: Callable[[str, str, dict[str, list[str]], Any], tuple[int, Any, dict[str, str]]] | None = None
        self._next = 1000
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> ZendeskOAuthServer:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # ------------------------------------------------------------ what the tests look at
    def live_refresh_tokens(self) -> set[str]:
        with self.lock:
            return {p.refresh for p in self.pairs.values()}

    def expire_access_tokens(self) -> None:
        """Every access token stops working now (the refresh tokens stay valid)."""
        with self.lock:
            for pair in self.pairs.values():
                pair.expires_at = 0.0

    # ------------------------------------------------------------ the endpoints
    def _issue(self) -> dict[str, Any]:
        self._next += 1
        pair = Pair(self._next, "za-" + secrets.token_urlsafe(16), "zr-" + secrets.token_urlsafe(24),
                    time.monotonic() + self.expires_in)
        self.pairs[pair.id] = pair
        return {"access_token": pair.access, "refresh_token": pair.refresh, "token_type": "bearer",
                "scope": "read write", "expires_in": self.expires_in, "refresh_token_expires_in": 2_592_000}

    def _pair(self, authorization: str) -> Pair | None:
        token = authorization.removeprefix("Bearer ")
        return next((p for p in self.pairs.values() if p.access == token and time.monotonic() < p.expires_at), None)

    def authorize(self, query: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        redirect = query.get("redirect_uri", "")
        if not redirect.startswith("http://127.0.0.1:"):
            return 400, {"error": "invalid_request", "error_description": "redirect_uri not allowed"}, {}
        answer = {"state": query.get("state", "")}
        if query.get("client_id") != self.client_id:
            answer["error"] = "unauthorized_client"
        elif self.deny:
            answer["error"] = self.deny
        elif query.get("response_type") != "code" or query.get("code_challenge_method") != "S256":
            answer["error"] = "invalid_request"
        else:
            code = secrets.token_urlsafe(12)
            self.codes[code] = {"redirect_uri": redirect, "challenge": query.get("code_challenge", ""),
                                "client": query["client_id"]}
            answer["code"] = code
        return 302, None, {"Location": f"{redirect}?{urlencode(answer)}"}

    def token(self, body: dict[str, Any]) -> tuple[int, Any, dict[str, str]]:
        def error(code: str, status: int = 400) -> tuple[int, Any, dict[str, str]]:
            return status, {"error": code, "error_description": f"stand-in says {code}"}, {}

        if self.token_error:
            return error(self.token_error, 401 if self.token_error == "invalid_client" else 400)
        if body.get("client_id") != self.client_id:
            return error("invalid_client", 401)
        if body.get("grant_type") == "authorization_code":
            grant = self.codes.pop(str(body.get("code")), None)  # a code works once
            verifier = str(body.get("code_verifier", ""))
            challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if grant is None or grant["redirect_uri"] != body.get("redirect_uri") or grant["challenge"] != challenge:
                return error("invalid_grant")
            return 201, self._issue(), {}
        if body.get("grant_type") == "refresh_token":
            old = next((p for p in self.pairs.values() if p.refresh == body.get("refresh_token")), None)
            if old is None:
                return error("invalid_grant")
            del self.pairs[old.id]  # the old pair dies
            self.refreshes += 1
            return 201, self._issue(), {}
        return error("unsupported_grant_type")

    def api(self, method: str, path: str, authorization: str, query: dict[str, list[str]] | None = None,
            body: Any = None) -> tuple[int, Any, dict[str, str]]:
        pair = self._pair(authorization)
        if pair is None:
            self.unauthorized += 1
            return 401, {"error": "Couldn't authenticate you"}, {}
        if method == "GET" and path == "/api/v2/users/me":
            return 200, {"user": {"id": 35436, "name": "Johnny Agent", "role": "admin"}}, {}
        if method == "GET" and path == "/api/v2/oauth/tokens/current":
            return 200, {"token": {"id": pair.id, "token": pair.access[:10], "scopes": ["read", "write"]}}, {}
        if method == "DELETE" and path.startswith("/api/v2/oauth/tokens/"):
            which = path.rsplit("/", 1)[1]
            self.pairs.pop(pair.id if which == "current" else int(which), None)
            return 204, None, {}
        if self.upstream is not None:
            return self.upstream(method, path, query or {}, body)
        return 404, {"error": "RecordNotFound"}, {}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self, method: str) -> None:
                parts = urlsplit(self.path)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                with server.lock:
                    server.requests.append((method, self.path, raw))
                    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                    if parts.path == "/oauth/authorizations/new":
                        status, body, headers = server.authorize(query)
                    elif parts.path == "/oauth/tokens" and method == "POST":
                        status, body, headers = server.token(json.loads(raw or "{}"))
                    else:
                        status, body, headers = server.api(method, parts.path.removesuffix(".json"),
                                                           self.headers.get("Authorization", ""),
                                                           parse_qs(parts.query), json.loads(raw) if raw else None)
                data = b"" if body is None else json.dumps(body).encode()
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if data:
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._answer("GET")

            def do_POST(self) -> None:
                self._answer("POST")

            def do_DELETE(self) -> None:
                self._answer("DELETE")

            def do_PUT(self) -> None:
                self._answer("PUT")

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


def browser(url: str) -> str:
    """Play the user's browser: open the authorization page, follow Zendesk's redirect to the console's loopback
    address, and return the page the console answered with."""
    with requests.Session() as session:
        answer = session.get(url, allow_redirects=False, timeout=5)
        assert answer.status_code == 302, answer.text
        back = session.get(answer.headers["Location"], timeout=5)
        back.raise_for_status()
        return back.text
