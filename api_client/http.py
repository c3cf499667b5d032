"""One HTTP session per client: timeouts, bounded retries with jitter, bearer auth, typed decoding."""

from __future__ import annotations

import contextlib
import logging
import weakref
from collections.abc import Mapping
from typing import Any, TypeVar
from urllib.parse import urlsplit

import msgspec
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from api_client.errors import ApiError, ErrorParser, Unavailable, error_for, malformed

T = TypeVar("T")
log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 3.05
READ_TIMEOUT = 20.0
MAX_RETRY_AFTER = 30.0  # never sleep longer than this on a server's Retry-After


class BoundedRetry(Retry):
    """urllib3 Retry whose honoured Retry-After is capped, so a worker never sleeps for an hour."""

    def get_retry_after(self, response: Any) -> float | None:
        value = super().get_retry_after(response)
        return None if value is None else min(value, MAX_RETRY_AFTER)


def default_retry(total: int = 4) -> Retry:
    """Retries for idempotent methods only: connection errors, 429/502/503/504, exponential backoff + jitter."""
    return BoundedRetry(
        total=total, connect=total, read=1, status=total, backoff_factor=0.3, backoff_max=8.0,
        backoff_jitter=0.3, status_forcelist=(429, 502, 503, 504), allowed_methods=frozenset({"GET", "HEAD"}),
        respect_retry_after_header=True, raise_on_status=False,
    )


class HttpSession:
    """A requests.Session bound to one base URL and bearer token.

    The token only ever travels in a header (``Authorization: Bearer`` unless ``auth_header`` names
    another header and value prefix, e.g. ``("Authorization", "token ")`` for Request Tracker or
    ``("api_access_token", "")`` for Chatwoot); it is not logged and not in repr().
    TLS certificates are verified (``verify`` may name a CA bundle, never False). ``error_parser`` reads
    the error bodies of a server that does not speak the native contract (see ``api_client.errors.error_for``).
    """

    def __init__(self, base_url: str, token: str | None, *, verify: bool | str = True,
                 retry: Retry | None = None, timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
                 auth_header: tuple[str, str] = ("Authorization", "Bearer "),
                 error_parser: ErrorParser | None = None) -> None:
        if verify is False:
            raise ValueError("TLS verification cannot be switched off; pass a CA bundle path instead")
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"not an http(s) URL: {base_url!r}")
        if parts.username or parts.password:
            raise ValueError("credentials do not belong in the URL; pass a token")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._error_parser = error_parser
        self._session = requests.Session()
        self._session.verify = verify
        self._streams: weakref.WeakSet[requests.Response] = weakref.WeakSet()  # streamed answers, for close()
        adapter = HTTPAdapter(max_retries=retry or default_retry(), pool_maxsize=4)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)
        self._session.headers["User-Agent"] = "supervisor-console/0.1"
        self._session.headers["Accept"] = "application/json"
        if token:
            name, prefix = auth_header
            self._session.headers[name] = prefix + token

    def __repr__(self) -> str:
        return f"HttpSession({self.base_url!r})"

    def close(self) -> None:
        """Close the session. Another thread may call this: an answer being streamed ends at once."""
        for resp in list(self._streams):
            with contextlib.suppress(ValueError, RuntimeError, OSError):  # already closed or released
                resp.raw.shutdown()  # wakes a read blocked on another thread
        self._session.close()

    @property
    def cookies(self) -> requests.cookies.RequestsCookieJar:
        """The session's cookies (a server that hands out a login session keeps it here)."""
        return self._session.cookies

    def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None,
                body: Any = None, headers: Mapping[str, str | None] | None = None, stream: bool = False,
                read_timeout: float | None = None, allow_redirects: bool = True) -> requests.Response:
        """Send a request; a 4xx/5xx answer raises the matching ApiError. A header given as None is
        left out of this request (e.g. the token, to test a session cookie alone)."""
        data = None
        hdrs = dict(headers or {})
        if body is not None:
            data = msgspec.json.encode(body)
            hdrs["Content-Type"] = "application/json"
        timeout = (self.timeout[0], read_timeout or self.timeout[1])
        try:
            # requests drops a header set to None (documented); its stubs allow str and bytes values only
            resp = self._session.request(method, self.base_url + path, params=params, data=data,
                                         headers=hdrs,  # type: ignore[arg-type]
                                         timeout=timeout, stream=stream, allow_redirects=allow_redirects)
        except requests.exceptions.SSLError as exc:
            raise Unavailable(f"TLS verification failed for {self.base_url}: {exc}", code="tls") from None
        except requests.RequestException as exc:
            raise Unavailable(f"Cannot reach {self.base_url}: {type(exc).__name__}", code="network") from None
        if resp.status_code >= 400:
            content = resp.content
            resp.close()
            raise error_for(resp.status_code, content, resp.headers.get("Retry-After"), self._error_parser)
        if stream:
            self._streams.add(resp)
        return resp

    def get(self, path: str, tp: type[T], **kw: Any) -> T:
        return decode(self.request("GET", path, **kw), tp)

    def send(self, method: str, path: str, tp: type[T], body: Any, **kw: Any) -> T:
        return decode(self.request(method, path, body=body, **kw), tp)


def decode(resp: requests.Response, tp: type[T]) -> T:
    """Decode a JSON answer against ``tp``; anything else is a MalformedResponse naming the field."""
    try:
        content = resp.content
    except requests.RequestException as exc:
        raise Unavailable(f"Connection lost while reading the answer: {type(exc).__name__}") from None
    try:
        return msgspec.json.decode(content, type=tp)
    except msgspec.MsgspecError as exc:
        raise malformed(exc, getattr(tp, "__name__", str(tp))) from None


__all__ = ["ApiError", "HttpSession", "decode", "default_retry"]
