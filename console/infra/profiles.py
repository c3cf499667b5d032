"""Connection profiles, and their secrets in the operating system's keyring (never in a file).

A profile names a server: backend kind, URL, user. Its token or password lives only in the OS keyring
(Windows Credential Manager, macOS Keychain, Secret Service/KWallet on Linux) under the service
``supervisor-console`` and the profile's name. Where there is no secure keyring (a bare Linux wall PC),
:class:`SecretStoreUnavailable` says so and the token comes from ``$SUPERVISOR_CONSOLE_TOKEN`` instead;
nothing ever falls back to a plaintext file (keyrings.alt's file backends count as unavailable).
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
from enum import Enum
from urllib.parse import urlsplit

import keyring
import keyring.errors
import msgspec
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail

log = logging.getLogger(__name__)
SERVICE = "supervisor-console"
TOKEN_ENV = "SUPERVISOR_CONSOLE_TOKEN"


class Profile(msgspec.Struct, kw_only=True):
    """A server the console can connect to (no secret here: that is in the keyring)."""

    name: str
    url: str
    backend: str = "native"
    user: str = ""
    allow_insecure_http: bool = False  # plain http:// to a host that is not loopback, chosen explicitly


class SecretStoreUnavailable(Exception):
    """No secure keyring on this machine (``console.qt.labels.no_secure_store`` tells the user what to do)."""

    def __init__(self) -> None:
        super().__init__(f"no secure keyring: set ${TOKEN_ENV} to the token instead")


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class UrlProblem(Enum):
    """Why a server address cannot be used; ``console.qt.labels.url_problem`` says it in the user's language."""

    NOT_A_SERVER = "not_a_server"  # not http(s), or no host
    CREDENTIALS_IN_URL = "credentials_in_url"
    UNENCRYPTED = "unencrypted"  # plain http:// to another computer without the opt-in


def url_problem(url: str, allow_insecure_http: bool = False) -> UrlProblem | None:
    """Why ``url`` cannot be used, or None: http(s) only, plain http only to loopback or by opt-in."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return UrlProblem.NOT_A_SERVER
    if parts.username or parts.password:
        return UrlProblem.CREDENTIALS_IN_URL
    if parts.scheme == "http" and not is_loopback(url) and not allow_insecure_http:
        return UrlProblem.UNENCRYPTED
    return None


def _insecure(backend: KeyringBackend) -> bool:
    if isinstance(backend, chainer.ChainerBackend):
        return not backend.backends or _insecure(backend.backends[0])
    return isinstance(backend, fail.Keyring) or type(backend).__module__.startswith("keyrings.alt")


def secure_store() -> KeyringBackend:
    """The keyring backend, or SecretStoreUnavailable if it is missing or keeps secrets in plain files."""
    backend = keyring.get_keyring()
    if _insecure(backend):
        raise SecretStoreUnavailable()
    return backend


def has_secure_store() -> bool:
    try:
        secure_store()
    except SecretStoreUnavailable:
        return False
    return True


def save_secret(profile: str, secret: str) -> None:
    """Keep ``secret`` for ``profile`` in the keyring; SecretStoreUnavailable if there is none."""
    try:
        secure_store().set_password(SERVICE, profile, secret)
    except keyring.errors.KeyringError as exc:
        log.warning("keyring refused to store the secret of %s: %s", profile, type(exc).__name__)
        raise SecretStoreUnavailable() from exc


def delete_secret(profile: str) -> None:
    """Forget the secret of ``profile`` (nothing happens if there is none or no keyring)."""
    with contextlib.suppress(SecretStoreUnavailable, keyring.errors.KeyringError):
        secure_store().delete_password(SERVICE, profile)


def load_secret(profile: str | None) -> tuple[str | None, str]:
    """The token for ``profile``: from the keyring, else ``$SUPERVISOR_CONSOLE_TOKEN``; plus where it came from
    ("keyring", "environment" or "" when there is none)."""
    if profile:
        try:
            secret = secure_store().get_password(SERVICE, profile)
        except SecretStoreUnavailable:
            secret = None
        except keyring.errors.KeyringError as exc:
            log.warning("cannot read the keyring: %s", type(exc).__name__)
            secret = None
        if secret:
            return secret, "keyring"
    env = os.environ.get(TOKEN_ENV)
    return (env, "environment") if env else (None, "")
