"""Connection profiles, and their secrets in the operating system's keyring (never in a file).

A profile names a server: backend kind, URL, user. Its token or password lives only in the OS keyring
(Windows Credential Manager, macOS Keychain, Secret Service/KWallet on Linux) under the service
``supervisor-console`` and the profile's name. Where there is no secure keyring (a bare Linux wall PC),
:class:`SecretStoreUnavailable` says so and the token comes from ``$SUPERVISOR_CONSOLE_TOKEN`` instead;
nothing ever falls back to a plaintext file (keyrings.alt's file backends count as unavailable).

A Zendesk profile with an OAuth client signs in with Zendesk instead: its refresh token is a keyring entry of its
own (``PROFILE#zendesk-refresh``), rotated on every refresh; the access token stays in memory. One
:class:`~api_client.vendors.zendesk_oauth.OAuthCredential` per profile (:func:`zendesk_credential`) is shared by
every connection of this process, so a refresh in one never strands another.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import threading
from enum import Enum
from typing import Annotated
from urllib.parse import urlsplit

import keyring
import keyring.errors
import msgspec
from keyring.backend import KeyringBackend

from api_client.safe_storage import secure_keyring
from api_client.vendors.zendesk_oauth import OAuthCredential
from console.infra import log_setup

log = logging.getLogger(__name__)
SERVICE = "supervisor-console"
TOKEN_ENV = "SUPERVISOR_CONSOLE_TOKEN"


MAX_CAPACITY = 999
Capacity = Annotated[int, msgspec.Meta(ge=1, le=MAX_CAPACITY)]  # tickets an agent may hold at once


class Capacities(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Agent capacities a supervisor set for this connection, where the system has none: per agent id and per team
    (as agents carry it). An agent's own wins over their team's."""

    agents: dict[str, Capacity] = {}
    teams: dict[str, Capacity] = {}


class Profile(msgspec.Struct, kw_only=True):
    """A server the console can connect to (no secret here: that is in the keyring)."""

    name: str
    url: str
    backend: str = "native"
    user: str = ""
    allow_insecure_http: bool = False  # plain http:// to a host that is not loopback, chosen explicitly
    oauth_client: str = ""  # Zendesk: the unique identifier of the account's OAuth client (sign in with Zendesk)
    hub: bool = False  # a native server that is the contact centre's hub (supervisor-hub), chosen as "Hub"
    capacity: Capacities = msgspec.field(default_factory=Capacities)  # set in the console (Agent capacity dialog)

    @property
    def signs_in(self) -> bool:
        """True when the connection signs in with Zendesk (OAuth) rather than using a stored token."""
        return self.backend == "zendesk" and bool(self.oauth_client)


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


def secure_store() -> KeyringBackend:
    """The keyring backend, or SecretStoreUnavailable if it is missing or keeps secrets in plain files."""
    backend = secure_keyring()
    if backend is None:
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


# ---------------------------------------------------------------- Zendesk sign-in (OAuth)
REFRESH_SUFFIX = "#zendesk-refresh"
_credentials: dict[str, OAuthCredential] = {}
_credentials_lock = threading.Lock()


class KeyringTokenStore:
    """The refresh token of one profile in the keyring (the :class:`~api_client.vendors.zendesk_oauth.TokenStore`
    of its credential). Without a secure keyring nothing is kept: the sign-in lasts until the console quits."""

    def __init__(self, profile: str) -> None:
        self.key = profile + REFRESH_SUFFIX

    def load(self) -> str | None:
        try:
            token = secure_store().get_password(SERVICE, self.key)
        except (SecretStoreUnavailable, keyring.errors.KeyringError):
            return None
        log_setup.register_secret(token)
        return token

    def save(self, refresh_token: str) -> None:
        try:
            secure_store().set_password(SERVICE, self.key, refresh_token)
        except (SecretStoreUnavailable, keyring.errors.KeyringError) as exc:
            log.warning("the Zendesk sign-in cannot be kept (%s): sign in again after a restart", type(exc).__name__)

    def clear(self) -> None:
        with contextlib.suppress(SecretStoreUnavailable, keyring.errors.KeyringError):
            secure_store().delete_password(SERVICE, self.key)


def backend_options(profile: Profile | None) -> dict[str, str]:
    """What a profile adds to its token when connecting: Udesk signs with the administrator's email (``user``)."""
    return {"email": profile.user} if profile is not None and profile.backend == "udesk" and profile.user else {}


def zendesk_credential(profile: Profile, verify: bool | str = True) -> OAuthCredential:
    """The one credential of this Zendesk profile in this process (a new one if its address or client changed)."""
    url = profile.url.rstrip("/")
    with _credentials_lock:
        known = _credentials.get(profile.name)
        if known is None or (known.base_url, known.client_id) != (url, profile.oauth_client):
            known = _credentials[profile.name] = OAuthCredential(
                url, profile.oauth_client, KeyringTokenStore(profile.name), verify=verify,
                on_secret=log_setup.register_secret)
        return known


def has_sign_in(profile: str) -> bool:
    """True when the keyring holds a Zendesk sign-in for ``profile``."""
    return KeyringTokenStore(profile).load() is not None


def move_sign_in(old: str, new: str) -> None:
    """A renamed profile keeps its sign-in."""
    token = KeyringTokenStore(old).load()
    if token:
        KeyringTokenStore(new).save(token)
    KeyringTokenStore(old).clear()
    with _credentials_lock:
        _credentials.pop(old, None)


def remove_sign_in(profile: Profile) -> None:
    """Revoke the profile's Zendesk sign-in at Zendesk and forget it here. The keyring entry goes even when Zendesk
    cannot be reached (the ApiError is raised after it is gone, so the caller can say it was not revoked)."""
    try:
        if KeyringTokenStore(profile.name).load() or profile.name in _credentials:
            zendesk_credential(profile).revoke()
    finally:
        KeyringTokenStore(profile.name).clear()
        with _credentials_lock:
            _credentials.pop(profile.name, None)
