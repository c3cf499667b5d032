"""One HTTP session per client: timeouts and an overall deadline, size limits, bounded retries with jitter,
credentials that never leave their origin, typed decoding."""

from __future__ import annotations

import contextlib
import http.client
import logging
import socket
import time
import weakref
from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar
from urllib.parse import urljoin, urlsplit

import msgspec
import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import MaxRetryError
from urllib3.util.retry import Retry

from api_client.errors import ApiError, ErrorParser, Redirected, TooLarge, Unavailable, error_for, malformed

T = TypeVar("T")
log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 3.05
READ_TIMEOUT = 20.0
DEADLINE = 60.0  # seconds a whole call may take, its answer included (a server trickling its body is cut off)
MAX_RETRY_AFTER = 30.0  # the session waits out a Retry-After up to this itself; a longer one reaches the caller
MAX_BODY = 256 * 2**20  # bytes of an answer: a snapshot of 100k open tickets is a fraction of this
MAX_ERROR_BODY = 2**20  # bytes of an error answer read; the rest is left unread
MAX_REDIRECTS = 5
CHUNK = 64 * 1024  # at most this much per read of an answer


def _declared_length(response: Any) -> int | None:
    try:
        return int(response.headers.get("Content-Length"))
    except (TypeError, ValueError):
        return None


class BoundedRetry(Retry):
    """urllib3 Retry that waits out a short Retry-After only (a longer one is the caller's to show), and that
    never retries an answer whose body it would have to drain unbounded (no length, or over MAX_ERROR_BODY)."""

    def increment(self, method: str | None = None, url: str | None = None, response: Any = None,
                  error: Exception | None = None, _pool: Any = None, _stacktrace: Any = None) -> Self:
        if response is not None:
            wait = self.get_retry_after(response)
            length = _declared_length(response)
            if (wait is not None and wait > MAX_RETRY_AFTER) or length is None or length > MAX_ERROR_BODY:
                raise MaxRetryError(_pool, url or "", None)  # the answer goes to the caller as it is
        return super().increment(method, url, response, error, _pool, _stacktrace)


def default_retry(total: int = 4) -> Retry:
    """Retries for idempotent methods only: connection errors, 429/502/503/504, exponential backoff + jitter."""
    return BoundedRetry(
        total=total, connect=total, read=1, status=total, backoff_factor=0.3, backoff_max=8.0,
        backoff_jitter=0.3, status_forcelist=(429, 502, 503, 504), allowed_methods=frozenset({"GET", "HEAD"}),
        respect_retry_after_header=True, raise_on_status=False,
    )


def origin(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) URL: what credentials are bound to."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or (443 if scheme == "https" else 80)


_READ_ERRORS = (urllib3.exceptions.HTTPError, http.client.HTTPException, OSError, ValueError)


class _Conn(HTTPConnection):
    """A connection that keeps hold of its socket after http.client lets go of it (an answer ended by closing the
    connection is still read from it), so that another thread can shut it."""

    opened: socket.socket | None = None

    def connect(self) -> None:
        super().connect()
        self.opened = self.sock


class _TlsConn(_Conn, HTTPSConnection):
    """The same for https."""


class _Pool(HTTPConnectionPool):
    """A connection pool that knows the connections it made, so that :class:`_Adapter` can shut them."""

    ConnectionCls = _Conn

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.made: weakref.WeakSet[Any] = weakref.WeakSet()  # _Conn, typed as urllib3 lends them

    def _new_conn(self) -> Any:
        conn = super()._new_conn()
        self.made.add(conn)
        return conn


class _TlsPool(_Pool, HTTPSConnectionPool):
    """The same for https."""

    ConnectionCls = _TlsConn


class _Adapter(HTTPAdapter):
    """requests' adapter whose calls in flight :meth:`close` ends, from another thread."""

    def init_poolmanager(self, *args: Any, **kw: Any) -> None:
        super().init_poolmanager(*args, **kw)
        self.poolmanager.pool_classes_by_scheme = {"http": _Pool, "https": _TlsPool}

    def proxy_manager_for(self, *args: Any, **kw: Any) -> Any:
        manager = super().proxy_manager_for(*args, **kw)
        manager.pool_classes_by_scheme = {"http": _Pool, "https": _TlsPool}
        return manager

    def close(self) -> None:
        """Close the pools and shut every connection's socket: a call waiting on one (for headers or body, on
        another thread) ends at once, and cannot retry on a new one."""
        pools = [manager.pools.get(key) for manager in (self.poolmanager, *self.proxy_manager.values())
                 for key in manager.pools.keys()]  # noqa: SIM118 - urllib3's container cannot be iterated
        super().close()  # forgets the pools (urllib3 2 leaves them open for the calls that hold them)
        for pool in pools:
            if isinstance(pool, _Pool):
                pool.close()
                for conn in list(pool.made):
                    if conn.opened is not None:
                        with contextlib.suppress(OSError):  # wakes a recv() blocked on another thread
                            conn.opened.shutdown(socket.SHUT_RDWR)


class HttpSession:
    """A requests.Session bound to one base URL and bearer token.

    The token only ever travels in a header (``Authorization: Bearer`` unless ``auth_header`` names
    another header and value prefix, e.g. ``("Authorization", "token ")`` for Request Tracker or
    ``("api_access_token", "")`` for Chatwoot); it is not logged and not in repr(), and it never leaves the
    base URL's origin: a redirect within the origin is followed (a 307/308 keeps method and body), a redirect
    to another scheme, host or port is a :class:`~api_client.errors.Redirected` error naming the target.
    TLS certificates are verified (``verify`` may name a CA bundle, never False); a bundle given here wins over
    ``REQUESTS_CA_BUNDLE``/``CURL_CA_BUNDLE``, which apply only when none is. ``error_parser`` reads the error
    bodies of a server that does not speak the native contract (see ``api_client.errors.error_for``).

    Bounds: a call ends after ``deadline`` seconds whatever the server does; an answer over ``max_body`` bytes
    is a :class:`~api_client.errors.TooLarge` error (an error answer is read up to MAX_ERROR_BODY bytes).
    :meth:`close` may be called from another thread: it aborts the answer being read.
    """

    def __init__(self, base_url: str, token: str | None, *, verify: bool | str = True,
                 retry: Retry | None = None, timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
                 auth_header: tuple[str, str] = ("Authorization", "Bearer "),
                 error_parser: ErrorParser | None = None, deadline: float = DEADLINE,
                 max_body: int = MAX_BODY) -> None:
        if verify is False:
            raise ValueError("TLS verification cannot be switched off; pass a CA bundle path instead")
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"not an http(s) URL: {base_url!r}")
        if parts.username or parts.password:
            raise ValueError("credentials do not belong in the URL; pass a token")
        self.base_url = base_url.rstrip("/")
        self.origin = origin(self.base_url)
        self.timeout = timeout
        self.deadline = deadline
        self.max_body = max_body
        self._verify = verify
        self._error_parser = error_parser
        self._session = requests.Session()
        adapter = _Adapter(max_retries=retry or default_retry(), pool_maxsize=4)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)
        self._session.headers["User-Agent"] = "supervisor-console/0.1"
        self._session.headers["Accept"] = "application/json"
        if token:
            name, prefix = auth_header
            self._session.headers[name] = prefix + token
        self._closed = False
        self.calls = 0  # requests sent (urllib3's retries of one not counted apart): what a rate limit counts

    def __repr__(self) -> str:
        return f"HttpSession({self.base_url!r})"

    def close(self) -> None:
        """Close the session; a call in flight on another thread ends at once with Unavailable."""
        self._closed = True
        self._session.close()

    @property
    def cookies(self) -> requests.cookies.RequestsCookieJar:
        """The session's cookies (a server that hands out a login session keeps it here)."""
        return self._session.cookies

    def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None,
                body: Any = None, headers: Mapping[str, str | None] | None = None, stream: bool = False,
                read_timeout: float | None = None, allow_redirects: bool = True,
                deadline: float | None = None) -> requests.Response:
        """Send a request; a 4xx/5xx answer raises the matching ApiError. A header given as None is
        left out of this request (e.g. the token, to test a session cookie alone).

        The answer's body is read within the call's deadline (``deadline``, else the session's), unless
        ``stream``: then the caller reads it with :meth:`chunks` and closes the response.
        """
        data = None
        hdrs = dict(headers or {})
        if body is not None:
            data = msgspec.json.encode(body)
            hdrs["Content-Type"] = "application/json"
        read = read_timeout or self.timeout[1]
        ends = time.monotonic() + (deadline or self.deadline)
        url = self.base_url + path
        for _ in range(MAX_REDIRECTS + 1):
            resp = self._send(method, url, params, data, hdrs, read, ends)
            if not (allow_redirects and resp.is_redirect):
                break
            target = urljoin(resp.url, resp.headers["Location"])
            resp.close()
            if origin(target) != self.origin:
                raise Redirected(f"{self.base_url} redirected to {_shown(target)}, another origin: not followed, "
                                 f"the credentials stay with {self.base_url}", location=_shown(target))
            if resp.status_code in (301, 302, 303) and method != "HEAD":  # as browsers do: then GET, no body
                method, data = "GET", None
                hdrs.pop("Content-Type", None)
            url, params = target, None
        else:
            raise Redirected(f"{self.base_url} redirected more than {MAX_REDIRECTS} times", location=_shown(url))
        if resp.status_code >= 400:
            content = self._read(resp, MAX_ERROR_BODY, ends, read, truncate=True)
            raise error_for(resp.status_code, content, resp.headers.get("Retry-After"), self._error_parser)
        if not stream:
            resp._content = self._read(resp, self.max_body, ends, read)  # resp.content and resp.json() read it
        return resp

    def _send(self, method: str, url: str, params: Mapping[str, Any] | None, data: bytes | None,
              headers: dict[str, str | None], read: float, ends: float) -> requests.Response:
        left = ends - time.monotonic()
        if self._closed or left <= 0:
            raise self._cut(ends, "")
        self.calls += 1
        try:
            # verify per request: a session-wide one would lose to REQUESTS_CA_BUNDLE (requests' trust_env).
            # requests drops a header set to None (documented); its stubs allow str and bytes values only
            return self._session.request(method, url, params=params, data=data,
                                         headers=headers,  # type: ignore[arg-type]
                                         timeout=(self.timeout[0], min(read, left)), stream=True,
                                         allow_redirects=False, verify=self._verify)
        except requests.RequestException as exc:
            if self._closed or time.monotonic() >= ends:
                raise self._cut(ends, "") from None
            if isinstance(exc, requests.exceptions.SSLError):
                raise Unavailable(f"TLS verification failed for {self.base_url}: {exc}", code="tls") from None
            raise Unavailable(f"Cannot reach {self.base_url}: {type(exc).__name__}", code="network") from None

    def _cut(self, ends: float | None, why: str) -> Unavailable:
        """Why an answer could not be read to its end: close(), the call's deadline, or the connection."""
        if self._closed:
            return Unavailable(f"The connection to {self.base_url} was closed", code="closed")
        if ends is not None and time.monotonic() >= ends:
            return self._late()
        return Unavailable(f"Connection to {self.base_url} lost while reading the answer: {why}", code="network")

    def _late(self) -> Unavailable:
        return Unavailable(f"{self.base_url} did not finish answering in the time a call may take", code="deadline")

    def chunks(self, resp: requests.Response, read_timeout: float | None = None,
               ends: float | None = None) -> Iterator[bytes]:
        """The answer's body as it arrives (what one read brings, at most CHUNK bytes), each read within
        ``read_timeout`` and all of it before ``ends`` (a ``time.monotonic()``) when given. A broken or
        slow connection, or :meth:`close`, is Unavailable."""
        read = read_timeout or self.timeout[1]
        sock = getattr(resp.raw.connection, "opened", None)
        while True:
            if ends is not None:
                left = ends - time.monotonic()
                if left <= 0:
                    raise self._late()
                if sock is not None:
                    with contextlib.suppress(OSError):  # closed: what is left is in the buffer
                        sock.settimeout(min(read, left))
            try:
                chunk = resp.raw.read1(CHUNK)
            except _READ_ERRORS as exc:
                raise self._cut(ends, type(exc).__name__) from None
            if not chunk:
                if self._closed:  # close() shut the connection: this is not the end of the answer
                    raise self._cut(ends, "closed")
                return
            yield chunk

    def _read(self, resp: requests.Response, limit: int, ends: float, read: float, truncate: bool = False) -> bytes:
        """The whole body, up to ``limit`` bytes: beyond it the rest is left unread and, unless ``truncate``,
        the answer is a TooLarge error. The connection goes back to the pool only when the body was read."""
        declared = _declared_length(resp)
        if declared is not None and declared > limit and not truncate:
            resp.close()
            raise self._too_large(resp, limit)
        parts: list[bytes] = []
        size = 0
        try:
            for chunk in self.chunks(resp, read, ends):
                parts.append(chunk)
                size += len(chunk)
                if size > limit:
                    if truncate:
                        return b"".join(parts)[:limit]
                    raise self._too_large(resp, limit)
            resp._content_consumed = True  # fully read: close() releases the connection for reuse
            return b"".join(parts)
        finally:
            resp.close()

    def _too_large(self, resp: requests.Response, limit: int) -> TooLarge:
        return TooLarge(f"{self.base_url} sent an answer larger than {limit / 2**20:.0f} MB "
                        f"({resp.request.method} {_shown(resp.url)}); not read", status=resp.status_code)

    def get(self, path: str, tp: type[T], **kw: Any) -> T:
        return decode(self.request("GET", path, **kw), tp)

    def send(self, method: str, path: str, tp: type[T], body: Any, **kw: Any) -> T:
        return decode(self.request(method, path, body=body, **kw), tp)


def _shown(url: str) -> str:
    """A URL for a message: scheme, host, port and path, without its query."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def decode(resp: requests.Response, tp: type[T]) -> T:
    """Decode a JSON answer against ``tp``; anything else is a MalformedResponse naming the field."""
    try:
        return msgspec.json.decode(resp.content, type=tp)
    except msgspec.MsgspecError as exc:
        raise malformed(exc, getattr(tp, "__name__", str(tp))) from None


__all__ = ["ApiError", "HttpSession", "decode", "default_retry"]
