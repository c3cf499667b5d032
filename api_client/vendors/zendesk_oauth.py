"""Signing in to Zendesk as a desktop app: OAuth 2 authorization code with PKCE through a loopback redirect.

The flow (RFC 8252 for native apps, RFC 7636 for PKCE, Zendesk's "Create Token for Grant Type"):

1. :class:`SignIn` makes a code verifier and its S256 challenge, a random ``state``, and a one-shot listener on
   ``127.0.0.1`` with an ephemeral port; its :attr:`SignIn.url` is Zendesk's authorization page, to open in the
   system browser.
2. Zendesk redirects the browser to ``http://127.0.0.1:PORT/zendesk-sign-in?code=…&state=…``; the listener checks
   ``state``, answers the browser with a short page and stops (or gives up after a timeout).
3. The code and the verifier are exchanged at ``POST /oauth/tokens`` (JSON) for an access token, a refresh token
   and ``expires_in``.

:class:`OAuthCredential` then holds the access token in memory only and renews it with the refresh token at 80 %
of its lifetime or once after a 401. Each refresh returns a new refresh token and Zendesk deletes the old pair, so
the new one goes to the :class:`TokenStore` (the keyring) before anyone can use the new access token, and one lock
makes sure two threads never refresh at once. :meth:`OAuthCredential.revoke` deletes the pair at Zendesk.

No Qt and no keyring here: the console gives the store and opens the browser.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import math
import secrets
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, NamedTuple, Protocol
from urllib.parse import parse_qs, urlencode, urlsplit

import msgspec

from api_client.errors import ApiError, Forbidden, NotFound, Unauthorized
from api_client.http import HttpSession

log = logging.getLogger(__name__)

SCOPE = "read write"
AUTHORIZE_PATH = "/oauth/authorizations/new"
TOKEN_PATH = "/oauth/tokens"
CALLBACK_PATH = "/zendesk-sign-in"
REFRESH_AT = 0.8  # of expires_in: renew before the access token runs out
SIGN_IN_TIMEOUT_S = 300.0  # how long the listener waits for the browser


# ---------------------------------------------------------------- what can go wrong
class SignInFailed(ApiError):
    """Zendesk sign-in did not succeed; ``code`` is the OAuth error (e.g. ``server_error``) or our own word."""


class ClientRejected(SignInFailed, Forbidden):
    """``invalid_client`` / ``unauthorized_client``: Zendesk does not know or does not allow this OAuth client
    (a Forbidden: retrying does not help, so the feed stops and says so)."""


class ScopeRejected(SignInFailed, Forbidden):
    """``invalid_scope``: the OAuth client may not ask for read and write access."""


class AccessDenied(SignInFailed):
    """``access_denied``: the user declined in the browser."""


class BrowserTimeout(SignInFailed):
    """The browser never came back to the console's loopback address."""


class SignInRequired(SignInFailed, Unauthorized):
    """``invalid_grant``, or nothing stored: the refresh token expired or was revoked; sign in again."""


_BY_CODE: dict[str, type[SignInFailed]] = {
    "invalid_client": ClientRejected, "unauthorized_client": ClientRejected, "invalid_scope": ScopeRejected,
    "access_denied": AccessDenied, "invalid_grant": SignInRequired,
}


def oauth_error(code: str, description: str = "", status: int | None = None) -> SignInFailed:
    """The exception for an OAuth error ``code`` (RFC 6749 §4.1.2.1, §5.2)."""
    cls = _BY_CODE.get(code, SignInFailed)
    return cls(f"Zendesk sign-in: {description or code} ({code})", status=status, code=code)


# ---------------------------------------------------------------- PKCE and the authorization page
def pkce_pair() -> tuple[str, str]:
    """(code verifier, S256 code challenge): 86 unreserved characters and their base64url SHA-256 (RFC 7636)."""
    verifier = secrets.token_urlsafe(64)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def authorize_url(base_url: str, client_id: str, redirect_uri: str, state: str, challenge: str,
                  scope: str = SCOPE) -> str:
    """Zendesk's authorization page for this sign-in (``base_url`` is ``https://SUBDOMAIN.zendesk.com``)."""
    query = urlencode({"response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri,
                       "scope": scope, "state": state, "code_challenge": challenge, "code_challenge_method": "S256"})
    return f"{base_url.rstrip('/')}{AUTHORIZE_PATH}?{query}"


class Pages(NamedTuple):
    """What the browser shows when it comes back (the console passes them in the user's language)."""

    done: str = "Signed in. You can close this tab and go back to Supervisor Console."
    failed: str = "Sign-in did not finish. Go back to Supervisor Console to see why."


ENGLISH_PAGES = Pages()


class LoopbackReceiver:
    """A one-shot HTTP listener on 127.0.0.1 (an ephemeral port) for the authorization redirect (RFC 8252 §7.3)."""

    def __init__(self, pages: Pages = ENGLISH_PAGES) -> None:
        self.pages = pages
        self.result: dict[str, str] | None = None  # the callback's query, once it came
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            timeout = 5  # a local client that connects and sends nothing does not stall the listener

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path != CALLBACK_PATH:
                    self.send_error(404)
                    return
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                receiver.result = query
                ok = "code" in query and "error" not in query
                body = (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>Supervisor Console</title>"
                        f"</head><body><p>{html.escape(pages.done if ok else pages.failed)}</p></body></html>")
                data = body.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                """Silent: the request line carries the authorization code."""

        self._server = HTTPServer(("127.0.0.1", 0), Handler)
        self._server.timeout = 0.2  # handle_request() returns this often to look at the clock and the cancel flag
        self.redirect_uri = f"http://127.0.0.1:{self._server.server_address[1]}{CALLBACK_PATH}"

    def wait(self, state: str, timeout: float = SIGN_IN_TIMEOUT_S,
             cancelled: Callable[[], bool] = lambda: False) -> str:
        """The authorization code, once the browser comes back with ``state``; :class:`BrowserTimeout` after
        ``timeout`` seconds, the OAuth error the redirect carries, or ``state_mismatch``."""
        deadline = time.monotonic() + timeout
        while self.result is None:
            if cancelled():
                raise SignInFailed("Zendesk sign-in was cancelled", code="cancelled")
            if time.monotonic() >= deadline:
                raise BrowserTimeout(f"The browser did not come back within {timeout:.0f} s", code="timeout")
            self._server.handle_request()
        query = self.result
        if not secrets.compare_digest(query.get("state", ""), state):
            raise SignInFailed("The browser came back from a different sign-in", code="state_mismatch")
        if "error" in query:
            raise oauth_error(query["error"], query.get("error_description", ""))
        if not query.get("code"):
            raise SignInFailed("The browser came back without an authorization code", code="no_code")
        return query["code"]

    def close(self) -> None:
        self._server.server_close()


# ---------------------------------------------------------------- the token endpoint
class TokenSet(msgspec.Struct):
    """Zendesk's answer from ``/oauth/tokens`` (OAuthTokenForGrantTypesObject)."""

    access_token: str
    refresh_token: str | None = None
    expires_in: int | None = None  # seconds; None: Zendesk set no expiry
    refresh_token_expires_in: int | None = None
    scope: str = ""
    token_type: str = "bearer"


def _call(base_url: str, method: str, path: str, *, body: Any = None, bearer: str | None = None,
          verify: bool | str = True) -> Any:
    """One request to Zendesk's OAuth endpoints; an OAuth error body (``error``, ``error_description``) becomes
    the matching :class:`SignInFailed`, anything else the usual ApiError."""
    seen: dict[str, str] = {}

    def parse(status: int, content: bytes) -> str | None:
        try:
            data = msgspec.json.decode(content)
        except msgspec.DecodeError:
            return None
        if isinstance(data, dict) and isinstance(data.get("error"), str):
            seen["error"] = data["error"]
            seen["description"] = str(data.get("error_description") or "")
            return f"Zendesk: {seen['description'] or seen['error']} (HTTP {status})"
        return None

    session = HttpSession(base_url, bearer, verify=verify, error_parser=parse)
    try:
        resp = session.request(method, path, body=body, allow_redirects=False)
        return msgspec.json.decode(resp.content) if resp.content else None
    except SignInFailed:
        raise
    except ApiError as exc:
        if "error" in seen and path == TOKEN_PATH:
            raise oauth_error(seen["error"], seen["description"], exc.status) from None
        raise
    except msgspec.DecodeError:
        raise SignInFailed(f"Zendesk answered {path} with something that is not JSON", code="malformed") from None
    finally:
        session.close()


def _tokens(base_url: str, body: dict[str, Any], verify: bool | str) -> TokenSet:
    data = _call(base_url, "POST", TOKEN_PATH, body=body, verify=verify)
    try:
        return msgspec.convert(data, TokenSet)
    except msgspec.ValidationError as exc:
        raise SignInFailed(f"Zendesk's token answer cannot be read: {exc}", code="malformed") from None


def exchange_code(base_url: str, client_id: str, code: str, verifier: str, redirect_uri: str,
                  scope: str = SCOPE, verify: bool | str = True) -> TokenSet:
    """The tokens for an authorization code (``grant_type=authorization_code`` with the PKCE verifier)."""
    return _tokens(base_url, {"grant_type": "authorization_code", "code": code, "client_id": client_id,
                              "redirect_uri": redirect_uri, "scope": scope, "code_verifier": verifier}, verify)


def refresh_tokens(base_url: str, client_id: str, refresh_token: str, verify: bool | str = True) -> TokenSet:
    """A new pair for a refresh token (``grant_type=refresh_token``); Zendesk deletes the old pair."""
    return _tokens(base_url, {"grant_type": "refresh_token", "refresh_token": refresh_token,
                              "client_id": client_id}, verify)


def revoke(base_url: str, access_token: str, verify: bool | str = True) -> None:
    """Delete the token pair of ``access_token`` at Zendesk: its id from ``GET /api/v2/oauth/tokens/current``, then
    ``DELETE /api/v2/oauth/tokens/{id}`` (the documented "Revoke Token"); ``DELETE …/current`` if the id is hidden."""
    try:
        token = (_call(base_url, "GET", "/api/v2/oauth/tokens/current", bearer=access_token, verify=verify)
                 or {}).get("token") or {}
    except (Forbidden, NotFound):
        token = {}
    path = f"/api/v2/oauth/tokens/{int(token['id'])}" if token.get("id") else "/api/v2/oauth/tokens/current"
    _call(base_url, "DELETE", path, bearer=access_token, verify=verify)


class SignIn:
    """One sign-in in the system browser: open :attr:`url`, then :meth:`finish` waits for it and trades the code."""

    def __init__(self, base_url: str, client_id: str, *, scope: str = SCOPE, pages: Pages = ENGLISH_PAGES,
                 verify: bool | str = True) -> None:
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.scope = scope
        self.verify = verify
        self._verifier, challenge = pkce_pair()
        self._state = secrets.token_urlsafe(24)
        self.receiver = LoopbackReceiver(pages)
        self.url = authorize_url(self.base_url, client_id, self.receiver.redirect_uri, self._state, challenge, scope)

    def finish(self, timeout: float = SIGN_IN_TIMEOUT_S, cancelled: Callable[[], bool] = lambda: False) -> TokenSet:
        """Wait for the browser (at most ``timeout`` seconds), then exchange the code for tokens."""
        try:
            code = self.receiver.wait(self._state, timeout, cancelled)
        finally:
            self.receiver.close()
        return exchange_code(self.base_url, self.client_id, code, self._verifier, self.receiver.redirect_uri,
                             self.scope, self.verify)

    def close(self) -> None:
        self.receiver.close()


# ---------------------------------------------------------------- the credential a backend uses
class TokenStore(Protocol):
    """Where the refresh token lives between runs (the console: the OS keyring). ``save`` must not raise."""

    def load(self) -> str | None: ...

    def save(self, refresh_token: str) -> None: ...

    def clear(self) -> None: ...


class OAuthCredential:
    """The access token of one Zendesk sign-in, renewed with the stored refresh token; shared by every backend
    (thread) of a connection. The access token lives only here, in memory; the refresh token only in ``store``."""

    def __init__(self, base_url: str, client_id: str, store: TokenStore, *, verify: bool | str = True,
                 on_secret: Callable[[str], None] | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.store = store
        self.verify = verify
        self._on_secret = on_secret or (lambda _secret: None)
        self._clock = clock
        self._lock = threading.Lock()  # held for a whole refresh: two threads never refresh at once
        self._access: str | None = None
        self._refresh: str | None = None
        self._renew_at = math.inf

    def __repr__(self) -> str:
        return f"OAuthCredential({self.base_url!r}, {self.client_id!r})"

    def adopt(self, tokens: TokenSet) -> None:
        """Use the tokens of a new sign-in from now on (the refresh token is stored first)."""
        with self._lock:
            self._install(tokens)

    def access_token(self) -> str:
        """A current access token, renewed first when 80 % of its lifetime has passed."""
        with self._lock:
            if self._access is None or self._clock() >= self._renew_at:
                self._renew()
            assert self._access is not None
            return self._access

    def renew(self, stale: str) -> str:
        """After a 401 with ``stale``: a new access token, refreshed once however many threads saw the 401."""
        with self._lock:
            if self._access is None or self._access == stale:
                self._renew()
            assert self._access is not None
            return self._access

    def revoke(self) -> None:
        """Delete this sign-in at Zendesk (the access and refresh token pair) and forget it here and in the store."""
        with self._lock:
            try:
                if self._access is None or self._clock() >= self._renew_at:
                    self._renew()
            except SignInRequired:
                return  # nothing alive to revoke; _renew forgot it
            assert self._access is not None
            try:
                revoke(self.base_url, self._access, self.verify)
            finally:
                self._forget()

    def _install(self, tokens: TokenSet) -> None:
        """Lock held. The new refresh token is stored before the new access token can be used."""
        for secret in (tokens.access_token, tokens.refresh_token):
            if secret:
                self._on_secret(secret)
        if tokens.refresh_token:
            self.store.save(tokens.refresh_token)
        self._refresh = tokens.refresh_token or self._refresh
        self._access = tokens.access_token
        lifetime = tokens.expires_in
        self._renew_at = self._clock() + REFRESH_AT * lifetime if lifetime else math.inf

    def _renew(self) -> None:
        """Lock held. Refresh with the refresh token; if Zendesk rejects it but the store holds another one (another
        console on this computer refreshed meanwhile), use that; otherwise forget it all: SignInRequired."""
        used = self._refresh or self.store.load()
        if not used:
            self._forget()
            raise SignInRequired("No Zendesk sign-in is stored for this connection", code="no_refresh_token")
        try:
            try:
                tokens = refresh_tokens(self.base_url, self.client_id, used, self.verify)
            except SignInRequired:
                stored = self.store.load()
                if not stored or stored == used:
                    raise
                log.info("the stored Zendesk sign-in changed meanwhile; refreshing with it")
                tokens = refresh_tokens(self.base_url, self.client_id, stored, self.verify)
        except SignInRequired:
            self._forget()
            raise
        self._install(tokens)

    def _forget(self) -> None:
        self._access = self._refresh = None
        self._renew_at = math.inf
        self.store.clear()


__all__ = [
    "AccessDenied", "BrowserTimeout", "ClientRejected", "LoopbackReceiver", "OAuthCredential", "Pages",
    "ScopeRejected", "SignIn", "SignInFailed", "SignInRequired", "TokenSet", "TokenStore", "authorize_url",
    "exchange_code", "oauth_error", "pkce_pair", "refresh_tokens", "revoke",
]
