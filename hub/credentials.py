"""The hub's secrets: the upstream's token, the webhook secret, and the Zendesk sign-in the hub holds for everyone.

A secret never comes from the command line (other users see it in ``ps``) and is never logged: it is read from a file
named on the command line, from an environment variable, or from the system keyring (service ``supervisor-hub``), in
that order.

Zendesk with OAuth: ``supervisor-hub signin zendesk`` signs in once on the hub's machine (the PKCE loopback flow of
:mod:`api_client.vendors.zendesk_oauth`) and keeps the refresh token; ``serve`` then renews the access token before it
expires and after a 401, through the same :class:`~api_client.vendors.zendesk_oauth.OAuthCredential` the console uses.
Each refresh rotates the refresh token (Zendesk deletes the old pair), and the new one is stored before it is used. It
is kept in the system keyring when there is a secure one; a server usually has none (no desktop session to unlock
Secret Service), so ``--oauth-token-file`` keeps it in a file only the hub's user can read (mode 0600, replaced
atomically on each rotation so a crash leaves the old token or the new one, never half of one).
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from api_client.safe_storage import atomic_write, secure_keyring
from api_client.vendors.zendesk_oauth import TokenStore

SERVICE = "supervisor-hub"
log = logging.getLogger(__name__)


def read_secret(path: Path | None, env: str, keyring_user: str) -> str | None:
    """A secret from the file at ``path``, else the environment variable ``env``, else the keyring entry
    ``keyring_user``; None when none holds one. An unreadable file raises OSError (the caller says which)."""
    if path is not None:
        return path.read_text(encoding="utf-8").strip() or None
    if os.environ.get(env):
        return os.environ[env]
    try:
        return keyring.get_password(SERVICE, keyring_user)
    except KeyringError as exc:
        log.info("no keyring to read %s from (%s)", keyring_user, type(exc).__name__)
        return None


class KeyringRefreshStore:
    """The hub's Zendesk refresh token in the keyring, under the upstream's address."""

    def __init__(self, backend: KeyringBackend, upstream_url: str) -> None:
        self.backend = backend
        self.key = f"zendesk-refresh:{upstream_url.rstrip('/')}"

    def load(self) -> str | None:
        try:
            return self.backend.get_password(SERVICE, self.key)
        except KeyringError:
            return None

    def save(self, refresh_token: str) -> None:
        try:
            self.backend.set_password(SERVICE, self.key, refresh_token)
        except KeyringError as exc:  # the protocol's save must not raise; the next refresh needs a sign-in
            log.error("the keyring refused the new Zendesk refresh token (%s): sign in again", type(exc).__name__)

    def clear(self) -> None:
        with contextlib.suppress(KeyringError):
            self.backend.delete_password(SERVICE, self.key)


class FileRefreshStore:
    """The hub's Zendesk refresh token in a file of mode 0600, replaced atomically on each rotation."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> str | None:
        try:
            return self.path.read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None

    def save(self, refresh_token: str) -> None:
        try:
            atomic_write(self.path, refresh_token.encode())  # mode 0600
        except OSError as exc:  # the protocol's save must not raise; the next refresh needs a sign-in
            log.error("cannot write the new Zendesk refresh token to %s (%s): sign in again", self.path,
                      type(exc).__name__)

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def refresh_store(upstream_url: str, path: Path | None) -> TokenStore:
    """Where the hub keeps its Zendesk refresh token: the file at ``path`` if given, else the secure keyring;
    ValueError when neither is possible."""
    if path is not None:
        return FileRefreshStore(path)
    backend = secure_keyring()
    if backend is None:
        raise ValueError("this machine has no secure keyring: give --oauth-token-file PATH to keep the Zendesk "
                         "sign-in in a file only the hub's user can read")
    return KeyringRefreshStore(backend, upstream_url)
